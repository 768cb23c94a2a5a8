#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_28 (PDF reportlab, DOCX python-docx, avis .txt / .xml, une archive ZIP).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure reprise de tests/data/blind_values_13/make_documents.py, lignes 27-636 (écriture PDF/DOCX/TXT,
vrais tableaux reportlab, pages à deux colonnes, césure, nombres coupés SB, césure forcée HY, aides de saisie,
number_articles), avec un ajout : ligne d'en-tête répétée des tableaux DOCX (w:tblHeader). La boucle de
construction et de contrôle (lignes 2430-2611 du même fichier) a été adaptée : archive ZIP, avis XML,
extraction du texte des fichiers produits, double construction avec comparaison des md5.

Thème : heures d'insertion et valeurs par lot dans des tableaux de formes variées.
Déterministe : pas d'aléa, PDF invariant, DOCX et ZIP horodatés au 2026-01-01.
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Usage : /work/main/.venv/bin/python tests/data/blind_values_28/make_documents.py
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
SET_NAME = "blind_values_28"

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
            if opt.get("header", True):
                trpr = t.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement("w:tblHeader")
                th.set(qn("w:val"), "true")
                trpr.append(th)
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




# ============================================================================= dossiers
# d01 -------------------------------------------------------------------------------
def d01():
    hd = "Commune de Vauclair-sur-Lette – Groupe scolaire des Tilleuls"
    rc = [
        TITLE("COMMUNE DE VAUCLAIR-SUR-LETTE", "Réhabilitation et extension du groupe scolaire des Tilleuls",
              "Marché public de travaux – Procédure adaptée (art. R2123-1 du code de la commande publique)",
              "RÈGLEMENT DE LA CONSULTATION", "Consultation n° VSL-2026-TX-07"),
        P("Pouvoir adjudicateur : Commune de Vauclair-sur-Lette, représentée par M. le Maire, Hôtel de Ville, "
          "2 place de la Halle, 41290 Vauclair-sur-Lette. SIRET 214 102 893 00017."),
        P("Remise des offres : vendredi 13 mars 2026 à 12 h 00, exclusivement sur le profil d'acheteur "
          "https://marches.vauclair-sur-lette.fr."),
        H("Sommaire"),
        LST(["Article 1 – Objet de la consultation", "Article 2 – Décomposition en lots et estimation",
             "Article 3 – Conditions d'exécution particulières", "Article 4 – Contenu du dossier de consultation",
             "Article 5 – Présentation des offres", "Article 6 – Jugement des offres",
             "Article 7 – Renseignements complémentaires"]),
        ("pagebreak",),
        H("Article 1 – Objet de la consultation"),
        P("La présente consultation porte sur les travaux de réhabilitation thermique et d'extension (180 m² "
          "de surface de plancher) du groupe scolaire des Tilleuls, rue des Écoles. Les travaux sont réalisés en "
          "site occupé pendant les vacances scolaires de printemps puis en site libre à compter du 4 juillet 2026."),
        H("Article 2 – Décomposition en lots et estimation"),
        P("Conformément à l'article L2113-10 du code de la commande publique, les travaux sont répartis en six "
          "lots traités par marchés séparés. Les candidats peuvent soumissionner pour un ou plusieurs lots. "
          "L'estimation de l'administration est la suivante :"),
        RTAB([["Lot", "Désignation", "Estimation € HT"],
              ["1", "Démolition – gros œuvre – VRD", "612 000"],
              ["2", "Charpente bois – couverture – zinguerie", "238 500"],
              ["3", "Menuiseries extérieures aluminium – occultations", "197 000"],
              ["4", "Plâtrerie – isolation – faux plafonds", "284 000"],
              ["5", "Électricité courants forts et faibles", "301 000"],
              ["6", "Peinture – revêtements de sols souples", "214 000"],
              ["", "Total de l'opération", "1 846 500"]],
             widths=[0.8, 5, 1.8], align="llr", bold_last=True),
        P("Aucune variante n'est autorisée. Les prestations supplémentaires éventuelles ne sont pas prévues."),
        H("Article 3 – Conditions d'exécution particulières"),
        P("Les titulaires des lots 1, 2, 4 et 6 devront réaliser une action d'insertion professionnelle au "
          "profit de personnes éloignées de l'emploi, dont les modalités et le volume figurent à l'article 9 du "
          "CCAP. Le facilitateur de la Maison de l'emploi du Loir-Vendômois accompagne gratuitement les "
          "entreprises."),
        P("Le chantier est soumis à une gestion sélective des déchets définie à l'article 8 du CCAP."),
        H("Article 4 – Contenu du dossier de consultation"),
        LST(["le présent règlement de la consultation ;", "le CCAP et ses annexes ;", "le CCTP commun à tous les lots ;",
             "l'acte d'engagement (un par lot) ;", "les DPGF par lot ;", "le planning prévisionnel."]),
        H("Article 5 – Présentation des offres"),
        P("Chaque candidat produit un dossier par lot comprenant l'acte d'engagement, la DPGF complétée sans "
          "modification des quantités, et un mémoire technique de dix pages au plus."),
        H("Article 6 – Jugement des offres"),
        P("Le jugement est effectué lot par lot selon les critères pondérés suivants :"),
        LST(["Prix des prestations : 60 points ;",
             "Valeur technique : 40 points, dont méthodologie et organisation du chantier en site occupé (20), "
             "planning détaillé (10), moyens humains et matériels affectés (10)."]),
        P("Après analyse, la commune se réserve la possibilité de négocier avec les trois candidats les mieux classés."),
        H("Article 7 – Renseignements complémentaires"),
        P("Les questions sont posées sur le profil d'acheteur au plus tard six jours avant la date limite. Une "
          "visite du site est possible les mercredis 18 et 25 février 2026 à 14 h, sur rendez-vous auprès des "
          "services techniques (02 54 77 10 20)."),
    ]
    ccap = [
        TITLE("Commune de Vauclair-sur-Lette", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Réhabilitation et extension du groupe scolaire des Tilleuls – Lots 1 à 6", "Consultation VSL-2026-TX-07"),
        H("Article 1 – Objet et décomposition"),
        P("Le présent CCAP s'applique aux six lots de l'opération de réhabilitation du groupe scolaire des "
          "Tilleuls. Chaque lot fait l'objet d'un marché distinct. Le CCAG applicable est celui des travaux "
          "(arrêté du 30 mars 2021)."),
        H("Article 2 – Pièces constitutives"),
        P("Par ordre de priorité décroissante : l'acte d'engagement, le présent CCAP, le CCTP, la DPGF, le "
          "planning, le CCAG-Travaux et le mémoire technique du titulaire."),
        H("Article 3 – Prix"),
        P("Les prix sont forfaitaires, fermes et actualisables selon l'index BT01 lorsque plus de trois mois "
          "s'écoulent entre la date de remise des offres et le début d'exécution."),
        H("Article 4 – Délais"),
        P("Le délai global d'exécution est de dix mois, période de préparation de cinq semaines comprise. Toute "
          "intervention en site occupé fait l'objet d'un préavis de 48 heures auprès de la directrice de l'école."),
        H("Article 5 – Organisation du chantier"),
        P("Les horaires de chantier sont fixés de 7 h 30 à 17 h 30 du lundi au vendredi ; aucune livraison n'est "
          "admise entre 8 h 15 et 8 h 45 ni entre 16 h 15 et 16 h 45 (entrées et sorties des élèves)."),
        H("Article 6 – Pénalités"),
        LST(["retard dans l'exécution : 1/3000e du montant du marché par jour calendaire ;",
             "absence non excusée à une réunion de chantier : 120 € HT ;",
             "retard dans la remise des documents d'exécution : 80 € HT par jour."]),
        H("Article 7 – Retenue de garantie"),
        P("Une retenue de garantie de 5 % est appliquée sur chaque acompte ; elle peut être remplacée par une "
          "garantie à première demande."),
        H("Article 8 – Gestion environnementale du chantier"),
        P("Le titulaire trie ses déchets sur le chantier en au moins quatre flux (inertes, bois, métaux, déchets "
          "non dangereux en mélange), les fait évacuer vers des installations de valorisation et remet au maître "
          "d'œuvre les bordereaux de suivi. Le brûlage et l'enfouissement sur site sont interdits."),
        H("Article 9 – Clause sociale d'insertion"),
        H2("9.1 Principe"),
        P("En application de l'article L2112-2 du code de la commande publique, les titulaires des lots désignés "
          "ci-après réservent une part des heures de travail générées par le marché à des personnes rencontrant "
          "des difficultés sociales ou professionnelles particulières : demandeurs d'emploi de longue durée, "
          "allocataires du RSA, jeunes sans qualification, travailleurs reconnus handicapés, "
          "personnes suivies par une SIAE."),
        H2("9.2 Volume horaire par lot"),
        TAB([["Lot", "Intitulé", "Heures"],
             ["Lot n°1", "Démolition – gros œuvre – VRD", "700 h"],
             ["Lot n°2", "Charpente – couverture", "350 h"],
             ["Lot n°3", "Menuiseries extérieures", "néant"],
             ["Lot n°4", "Plâtrerie – isolation", "420 h"],
             ["Lot n°5", "Électricité", "néant"],
             ["Lot n°6", "Peinture – sols", "280 h"],
             ["Total", "", "1 750 h"]], lines=False, widths=[1.2, 4, 1.3], align="llr"),
        H2("9.3 Modalités et contrôle"),
        P("Le titulaire peut recourir à l'embauche directe, à la mise à disposition par une ETTI ou un GEIQ, ou à "
          "la sous-traitance à une SIAE. Il transmet chaque mois au facilitateur l'état des heures réalisées. En "
          "cas de manquement, une pénalité de 60 € HT par heure d'insertion non réalisée est appliquée."),
        H("Article 10 – Règlement des litiges"),
        P("Le tribunal administratif d'Orléans est seul compétent."),
    ]
    dpgf = [
        TITLE("Commune de Vauclair-sur-Lette", "DÉCOMPOSITION DU PRIX GLOBAL ET FORFAITAIRE",
              "Lot n°4 – Plâtrerie – isolation – faux plafonds", "Groupe scolaire des Tilleuls – VSL-2026-TX-07"),
        P("Les quantités sont données à titre indicatif ; l'entreprise les vérifie et en assume la responsabilité. "
          "La colonne « heures MO » renseigne le temps de main-d'œuvre prévu par poste (pour le planning)."),
        RTAB([["N°", "Désignation", "U", "Qté", "Heures MO", "PU HT", "Montant HT"],
              ["4.1", "Cloisons plaques de plâtre 72/48", "m²", "410", "246", "", ""],
              ["4.2", "Doublages isolants PSE 100 + 13", "m²", "620", "310", "", ""],
              ["4.3", "Isolation des combles laine soufflée 300 mm", "m²", "540", "95", "", ""],
              ["4.4", "Faux plafonds acoustiques 600 x 600", "m²", "735", "388", "", ""],
              ["4.5", "Trappes de visite et habillages", "ens", "1", "40", "", ""],
              ["4.6", "Main-d'œuvre en régie (taux horaire € HT/h)", "h", "30", "30", "", ""],
              ["", "Total HT du lot n°4", "", "", "1 109", "", ""]],
             widths=[0.6, 4, 0.6, 0.7, 1, 1, 1.3], align="lllrrrr"),
        P("Montant total HT : .................... €   TVA 20 % : .................... €   Montant TTC : .................... €"),
        P("Cachet et signature de l'entreprise :"),
    ]
    qr = [
        TITLE("Commune de Vauclair-sur-Lette", "REGISTRE DES QUESTIONS ET RÉPONSES",
              "Consultation VSL-2026-TX-07 – Groupe scolaire des Tilleuls", "Mis à jour le 3 mars 2026"),
        H("Question n° 1 (reçue le 20 février 2026)"),
        P("« Notre entreprise candidate au lot 5. Devons-nous prévoir des heures d'insertion ? »"),
        P("Réponse : Non. Le volume de 1~750 heures d'insertion prévu au CCAP est réparti entre les lots 1, 2, 4 "
          "et 6 uniquement ; les lots 3 et 5 ne comportent aucune obligation de cette nature."),
        H("Question n° 2 (reçue le 23 février 2026)"),
        P("« Quels sont les horaires d'accès au site pendant la période scolaire ? »"),
        P("Réponse : Le portail technique est ouvert de 8 h à 16 h 30 les jours de classe. Le mercredi, l'accès est "
          "possible jusqu'à 18 h."),
        H("Question n° 3 (reçue le 26 février 2026)"),
        P("« La garantie à première demande peut-elle être produite après la notification ? »"),
        P("Réponse : Oui, au plus tard avant le premier acompte, pour un montant égal à 5 % du montant initial du lot."),
        H("Question n° 4 (reçue le 2 mars 2026)"),
        P("« Le DPGF du lot 4 fait apparaître une colonne d'heures : faut-il la compléter ? »"),
        P("Réponse : Cette colonne indique le temps de main-d'œuvre estimé par le maître d'œuvre ; le candidat peut "
          "la corriger, elle n'est pas contractuelle."),
    ]
    return dict(
        id="d01", title="Commune de Vauclair-sur-Lette – réhabilitation du groupe scolaire des Tilleuls (6 lots)",
        pieces=[
            PIECE("RC_VSL-2026-TX-07.pdf", "RC", hd + " – RC", "VSL-2026-TX-07 – Règlement de la consultation", rc,
                  L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=6, montant_estime_ht=1846500,
                    clause_environnementale=1,
                    evidence=["devront réaliser une action d'insertion professionnelle",
                              "les travaux sont répartis en six lots", "Total de l'opération 1 846 500",
                              "soumis à une gestion sélective des déchets"])),
            PIECE("CCAP_VSL-2026-TX-07.pdf", "CCAP", hd + " – CCAP", "CCAP – version du 9 février 2026", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=1, nb_lots=6,
                    clause_environnementale=1,
                    evidence=["réservent une part des heures de travail générées par le marché", "Total 1 750 h",
                              "s'applique aux six lots", "Le titulaire trie ses déchets sur le chantier"]),
                  hyphen=True),
            PIECE("DPGF_lot04_VSL-2026-TX-07.docx", "DPGF", hd + " – DPGF lot 4", "DPGF lot 4", dpgf,
                  L(allotissement=1, evidence=["Lot n°4 – Plâtrerie – isolation – faux plafonds"])),
            PIECE("QR_VSL-2026-TX-07.pdf", "QR", hd + " – Questions / réponses", "Registre des questions-réponses", qr,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=1,
                    evidence=["Le volume de 1 750 heures d'insertion prévu au CCAP est réparti entre les lots 1, 2, 4 et 6"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1750, allotissement=1, nb_lots=6, montant_estime_ht=1846500),
        note="Heures : tableau sans filets « 9.2 Volume horaire par lot » (titre sans le mot insertion), lignes "
             "« Lot n°X », lots 3 et 5 « néant », ligne Total 1 750 h = 700 + 350 + 420 + 280 ; confirmé par le "
             "registre Q/R. Estimation : tableau du RC, total 1 846 500. Pièges : préavis de 48 heures, horaires de "
             "chantier, colonne « Heures MO » du DPGF (1 109 h de main-d'œuvre), taux horaire en régie, pénalité de "
             "60 € par heure non réalisée, retenue de garantie 5 %.")


# d02 -------------------------------------------------------------------------------
def d02():
    hd = "Brenne-Orvanne Agglo – Nettoyage des locaux communautaires"
    rc = [
        TITLE("COMMUNAUTÉ D'AGGLOMÉRATION BRENNE-ORVANNE AGGLO", "Nettoyage et entretien des locaux communautaires",
              "Accord-cadre à bons de commande – Appel d'offres ouvert (art. R2124-2 1° et R2162-2 du CCP)",
              "Règlement de la consultation – Réf. BOA-SG-2026-011"),
        H("Sommaire"),
        LST(["1. Acheteur", "2. Objet et allotissement", "3. Durée", "4. Lot réservé", "5. Dossier de consultation",
             "6. Candidature et offre", "7. Critères d'attribution", "8. Dépôt des plis"]),
        H("1. Acheteur"),
        P("Communauté d'agglomération Brenne-Orvanne Agglo, 14 avenue du Général-Leclerc, 36410 Saint-Aulde. "
          "Service de la commande publique : commande.publique@brenne-orvanne.fr."),
        H("2. Objet et allotissement"),
        P("L'accord-cadre a pour objet le nettoyage courant, la remise en état et le nettoyage des vitreries des "
          "bâtiments de la communauté d'agglomération. Il est alloti comme suit :"),
        LST(["Lot 1 : sièges administratifs et pôle technique (Saint-Aulde) ;",
             "Lot 2 : équipements culturels et sportifs (médiathèques, piscine, conservatoire) ;",
             "Lot 3 : nettoyage des vitreries de l'ensemble des sites – lot réservé ;",
             "Lot 4 : crèches et relais petite enfance."]),
        P("Chaque lot est un accord-cadre mono-attributaire exécuté par bons de commande, sans minimum et avec un "
          "maximum fixé à l'article 5 du CCAP."),
        H("3. Durée"),
        P("Chaque accord-cadre est conclu pour un an à compter du 1er juillet 2026, reconductible tacitement trois "
          "fois par période d'un an, soit une durée maximale de quatre ans."),
        H("4. Lot réservé"),
        P("En application de l'article L2113-12 du code de la commande publique, le lot 3 est réservé aux "
          "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
          "équivalentes employant au moins 50 % de travailleurs handicapés."),
        H("5. Dossier de consultation"),
        P("RC, CCAP, CCTP et ses annexes (liste des sites, surfaces et fréquences), BPU et DQE par lot, cadre de "
          "mémoire technique. Le DCE est téléchargeable gratuitement sur https://achats.brenne-orvanne.fr."),
        H("6. Candidature et offre"),
        P("Les candidats peuvent présenter leur candidature au moyen du DUME ou des formulaires DC1 et DC2. L'offre "
          "comprend l'acte d'engagement, le BPU, le DQE (non contractuel) et le mémoire technique."),
        H("7. Critères d'attribution"),
        P("Pour les lots 1, 2 et 4 :"),
        LST(["prix apprécié sur le DQE : 50 % ;",
             "valeur technique (organisation, encadrement, contrôle qualité) : 35 % ;",
             "performance en matière d'insertion professionnelle des publics en difficulté, jugée sur le plan "
             "d'accompagnement et de tutorat proposé : 10 % ;",
             "produits et matériels utilisés (part de produits écolabellisés, dosage) : 5 %."]),
        P("Pour le lot 3 : prix 60 % ; valeur technique 40 %."),
        H("8. Dépôt des plis"),
        P("Date limite : lundi 20 avril 2026 à 12 h 00. Délai de validité des offres : 150 jours."),
    ]
    ccap = [
        TITLE("Brenne-Orvanne Agglo", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accord-cadre de nettoyage des locaux communautaires – Lots 1 à 4", "BOA-SG-2026-011"),
        H("Article 1 – Objet"),
        P("Le présent CCAP fixe les stipulations communes aux quatre lots de l'accord-cadre de nettoyage. Le lot 3 "
          "est réservé dans les conditions indiquées au règlement de la consultation (article L2113-12 du CCP)."),
        H("Article 2 – Durée et reconduction"),
        P("Période initiale de douze mois, reconductible trois fois. La non-reconduction est notifiée au moins "
          "trois mois avant l'échéance."),
        H("Article 3 – Bons de commande"),
        P("Les bons de commande précisent le site, la prestation et le délai. Les interventions de remise en état "
          "consécutives à un sinistre sont engagées dans un délai de 4 heures après l'appel de l'astreinte."),
        H("Article 4 – Prix"),
        P("Les prestations sont réglées par application des prix unitaires du BPU, révisés annuellement selon "
          "l'indice ICHTrev-TS des activités de nettoyage."),
        H("Article 5 – Montants maximums"),
        RTAB([["Lot", "Maximum annuel € HT", "Maximum sur la durée maximale (4 ans) € HT"],
              ["1", "90 000", "360 000"], ["2", "70 000", "280 000"], ["3", "25 000", "100 000"],
              ["4", "40 000", "160 000"], ["Total", "225 000", "900 000"]],
             widths=[1, 2, 3], align="lrr", bold_last=True),
        H("Article 6 – Conditions d'exécution sociales"),
        P("Pour les lots 1, 2 et 4, le titulaire s'engage à réaliser une action d'insertion en faveur de personnes "
          "rencontrant des difficultés sociales ou professionnelles, selon le volume suivant :"),
        RTAB([["Lot", "Heures par année d'exécution", "Nombre d'années (max.)", "Total sur la durée"],
              ["L1", "600", "4", "2 400"], ["L2", "450", "4", "1 800"],
              ["L3", "sans objet (lot réservé)", "-", "-"], ["L4", "150", "4", "600"],
              ["Total", "1 200", "", "4 800"]], widths=[0.8, 2.2, 1.6, 1.6], align="lrrr", bold_last=True),
        P("Le volume annuel n'est dû que pour les années effectivement exécutées. Le suivi est assuré par le "
          "PLIE de Brenne-Orvanne, qui vérifie l'éligibilité des personnes avant leur prise de poste."),
        H("Article 7 – Conditions d'exécution environnementales"),
        P("Les produits d'entretien utilisés sont titulaires de l'Écolabel européen ou d'un label équivalent, à "
          "l'exception des produits désinfectants imposés par le protocole des crèches. Le titulaire utilise des "
          "systèmes de dosage et des microfibres lavables."),
        H("Article 8 – Pénalités"),
        LST(["prestation non réalisée : 150 € par site et par jour ;",
             "non-respect de l'engagement d'insertion : 45 € par heure manquante ;",
             "retard dans la transmission du bilan annuel : 50 € par jour."]),
        H("Article 9 – Paiement"),
        P("Paiement à 30 jours par virement, sur facture mensuelle déposée sur Chorus Pro."),
    ]
    bpu = [
        TITLE("Brenne-Orvanne Agglo", "BORDEREAU DES PRIX UNITAIRES – LOT 1",
              "Sièges administratifs et pôle technique", "Accord-cadre BOA-SG-2026-011"),
        P("Les prix sont exprimés hors taxes. Le prix horaire rémunère les prestations ponctuelles non comprises "
          "dans les forfaits mensuels."),
        RTAB([["Code", "Prestation", "Unité", "Prix unitaire € HT"],
              ["1.01", "Forfait mensuel – hôtel communautaire (2 850 m²)", "mois", ""],
              ["1.02", "Forfait mensuel – pôle technique (1 120 m²)", "mois", ""],
              ["1.03", "Remise en état de sol thermoplastique", "m²", ""],
              ["1.04", "Shampooing moquette", "m²", ""],
              ["1.05", "Heure d'agent de service (prestation ponctuelle, jour ouvré)", "heure", ""],
              ["1.06", "Heure d'agent de service le dimanche ou jour férié", "heure", ""],
              ["1.07", "Heure de chef d'équipe", "heure", ""],
              ["1.08", "Intervention d'urgence sous 4 heures (forfait)", "forfait", ""]],
             widths=[0.8, 4.2, 1, 1.6], align="lllr"),
        P("Fait à ........................, le ........................   Signature du candidat :"),
    ]
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Brenne-Orvanne Agglo – Nettoyage des locaux communautaires"),
        P("Section I : Pouvoir adjudicateur"),
        P("Nom et adresse : Communauté d'agglomération Brenne-Orvanne Agglo, 14 avenue du Général-Leclerc, 36410 "
          "Saint-Aulde. Courriel : commande.publique@brenne-orvanne.fr. Profil : https://achats.brenne-orvanne.fr"),
        P("Section II : Objet"),
        P("II.1.1) Intitulé : Nettoyage et entretien des locaux communautaires. Référence BOA-SG-2026-011."),
        P("II.1.2) Code CPV principal : 90911200. II.1.3) Type de marché : services."),
        P("II.1.5) Valeur totale estimée : valeur maximale de l'accord-cadre 900 000 euros HT sur quatre ans."),
        P("II.1.6) Information sur les lots : ce marché est divisé en lots : oui. Nombre de lots : 4."),
        P("II.2.5) Critères d'attribution : prix 50 % ; valeur technique 35 % ; insertion professionnelle 10 % ; "
          "produits et matériels 5 % (lots 1, 2 et 4). Lot 3 : prix 60 %, valeur technique 40 %."),
        P("Section III : Renseignements d'ordre juridique, économique, financier et technique"),
        P("III.1.5) Informations sur les marchés réservés : le lot 3 est réservé aux entreprises adaptées et aux "
          "ESAT (article L2113-12 du code de la commande publique)."),
        P("III.2.2) Conditions particulières d'exécution : clause sociale d'insertion pour les lots 1, 2 et 4 ; "
          "utilisation de produits écolabellisés."),
        P("Section IV : Procédure"),
        P("IV.1.1) Appel d'offres ouvert. IV.2.2) Date limite de réception des offres : 20/04/2026 à 12:00."),
        P("Section VI : Renseignements complémentaires"),
        P("VI.4.1) Instance chargée des procédures de recours : tribunal administratif de Limoges."),
    ]
    return dict(
        id="d02", title="Brenne-Orvanne Agglo – nettoyage des locaux (accord-cadre, 4 lots, lot 3 réservé)",
        pieces=[
            PIECE("RC_BOA-SG-2026-011.docx", "RC", hd, "Règlement de la consultation", rc,
                  L(clause_sociale=0, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
                    critere_environnemental=1, allotissement=1, nb_lots=4,
                    evidence=["performance en matière d'insertion professionnelle des publics en difficulté",
                              "le lot 3 est réservé aux entreprises adaptées", "article L2113-12",
                              "part de produits écolabellisés, dosage) : 5 %", "Lot 4 : crèches et relais petite enfance"])),
            PIECE("CCAP_BOA-SG-2026-011.pdf", "CCAP", hd + " – CCAP", "BOA-SG-2026-011 – CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=4800, marche_reserve=1,
                    reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=4,
                    montant_max_ht=900000,
                    evidence=["le titulaire s'engage à réaliser une action d'insertion", "Total 1 200 4 800",
                              "quatre lots", "Le lot 3 est réservé", "(article L2113-12 du CCP)", "Total 225 000 900 000",
                              "titulaires de l'Écolabel européen"])),
            PIECE("BPU_lot1_BOA-SG-2026-011.pdf", "BPU", hd + " – BPU lot 1", "BPU lot 1", bpu,
                  L(allotissement=1, evidence=["BORDEREAU DES PRIX UNITAIRES – LOT 1"])),
            PIECE("avis_BOA-SG-2026-011.txt", "AVIS", "", "", avis,
                  L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
                    clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=4,
                    montant_max_ht=900000,
                    evidence=["clause sociale d'insertion pour les lots 1, 2 et 4", "insertion professionnelle 10 %",
                              "(article L2113-12", "produits et matériels 5 %", "utilisation de produits écolabellisés",
                              "Nombre de lots : 4", "valeur maximale de l'accord-cadre 900 000 euros HT"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=4800, allotissement=1, nb_lots=4, montant_max_ht=900000, reserve_base="L2113-12"),
        note="Heures par lot et par an (L1 600, L2 450, L4 150 ; L3 réservé « sans objet ») sur quatre ans au plus : "
             "total écrit 4 800 h sur la durée (1 200 h par an). Maximum : 900 000 € HT sur quatre ans (total du "
             "tableau CCAP et avis). Pièges : intervention sous 4 heures, heures d'agent au BPU, 45 € par heure "
             "manquante. Le RC n'impose pas lui-même la clause (seulement le critère) : clause_sociale 0 pour le RC.")


# d03 -------------------------------------------------------------------------------
def d03():
    hd = "Département de la Haute-Sarve – RD 917 Renforcement de chaussée"
    rc = [
        TITLE("DÉPARTEMENT DE LA HAUTE-SARVE", "RD 917 – Renforcement structurel de chaussée entre Lormoy et Saint-Vit",
              "Direction des routes et des mobilités – Marché de travaux à tranches", "RÈGLEMENT DE LA CONSULTATION",
              "Opération 2026-DRM-0452"),
        H("Article 1 – Objet"),
        P("Travaux de renforcement structurel et de reprofilage de la RD 917 du PR 12+300 au PR 19+850, y compris "
          "reprise des accotements, de l'assainissement et de la signalisation horizontale."),
        H("Article 2 – Décomposition"),
        P("Le marché n'est pas alloti : les travaux de chaussée, d'assainissement et de signalisation sont "
          "techniquement indissociables sur un même itinéraire sous circulation alternée (article L2113-11 du code "
          "de la commande publique). Il comporte une tranche ferme et deux tranches optionnelles :"),
        RTAB([["Tranche", "Consistance", "Estimation € HT"],
              ["Tranche ferme", "PR 12+300 à PR 16+100", "1 120 000"],
              ["Tranche optionnelle 1", "PR 16+100 à PR 18+200", "480 000"],
              ["Tranche optionnelle 2", "PR 18+200 à PR 19+850 et carrefour de Saint-Vit", "350 000"],
              ["Montant total estimé (tranches optionnelles comprises)", "", "1 950 000"]],
             widths=[2.2, 3.6, 1.6], align="llr", bold_last=True),
        H("Article 3 – Procédure"),
        P("Procédure adaptée ouverte en application de l'article R2123-1 1° du code de la commande publique."),
        H("Article 4 – Critères de jugement"),
        LST(["Prix : 55 %", "Valeur technique : 35 % (phasage et maintien de la circulation 15 %, moyens 10 %, "
             "qualité des matériaux 10 %)",
             "Performance environnementale : 10 %, appréciée sur le taux de réemploi des agrégats d'enrobés et la "
             "réduction des transports de matériaux"]),
        H("Article 5 – Clause d'insertion"),
        P("Le marché comporte une obligation d'insertion professionnelle détaillée à l'article 11 du CCAP ; le "
          "volume d'heures est fixé par tranche."),
        H("Article 6 – Modalités de remise"),
        P("Offres remises sur https://marchespublics.haute-sarve.fr avant le 27 mars 2026 à 16 h. Questions "
          "jusqu'au 20 mars 2026."),
    ]
    ccap = [
        TITLE("Département de la Haute-Sarve", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "RD 917 – Renforcement structurel de chaussée", "Opération 2026-DRM-0452"),
        H("Article 1 – Objet – Tranches"),
        P("Le marché, non alloti, comprend une tranche ferme (TF) et deux tranches optionnelles (TO1, TO2). "
          "L'affermissement des tranches optionnelles est notifié par ordre de service au plus tard le 30 juin 2027."),
        H("Article 2 – Pièces contractuelles"),
        P("Acte d'engagement, CCAP, CCTP, bordereau des prix unitaires, détail quantitatif estimatif, CCAG-Travaux 2021."),
        H("Article 3 – Délais"),
        P("TF : quatre mois ; TO1 : deux mois ; TO2 : six semaines à compter de l'ordre de service d'affermissement. "
          "Les réfections provisoires sont réalisées sous 24 heures après constat."),
        H("Article 4 – Prix et variation"),
        P("Prix unitaires révisables mensuellement par l'index TP09."),
        H("Article 5 – Retenue de garantie"),
        P("Il est pratiqué une retenue de garantie de 5 % du montant de chaque acompte."),
        H("Article 6 – Pénalités"),
        P("Pénalité de retard : 800 € HT par jour calendaire. Maintien d'une alternance au-delà des horaires "
          "autorisés : 300 € HT par heure de dépassement."),
        H("Article 7 – Matériaux et réemploi"),
        P("Le titulaire réemploie en couche de base au moins 30 % d'agrégats d'enrobés issus du fraisage du "
          "chantier et justifie la traçabilité des matériaux évacués vers des installations autorisées."),
        H("Article 8 – Avance"),
        P("Une avance de 10 % est versée sauf renonciation du titulaire."),
        H("Article 9 – Réception"),
        P("Réception par tranche, selon l'article 41 du CCAG-Travaux."),
        H("Article 10 – Assurances"),
        P("Responsabilité civile et décennale justifiées avant tout commencement d'exécution."),
        H("Article 11 – Insertion professionnelle"),
        P("Le titulaire réalise, directement ou par l'intermédiaire d'une structure d'insertion, un volume "
          "minimal d'heures de travail confiées à des personnes éloignées de l'emploi, réparti comme suit :"),
        LST(["tranche ferme : 900 heures ;", "tranche optionnelle 1 : 400 heures ;",
             "tranche optionnelle 2 : 300 heures ;", "soit 1¦SB¦600 heu¦HY¦res si toutes les tranches sont affermies."]),
        P("Le volume d'une tranche optionnelle n'est exigible qu'en cas d'affermissement. Le non-respect est "
          "sanctionné par une pénalité de 50 € HT par heure d'insertion non réalisée, sauf justification "
          "acceptée par le Département."),
    ]
    cctp = [
        TITLE("Département de la Haute-Sarve", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES",
              "RD 917 – Renforcement structurel de chaussée", "Opération 2026-DRM-0452"),
        H("1. Consistance des travaux"),
        P("Fraisage sur 6 cm, reprofilage en GB 0/14, couche de roulement en BBSG 0/10 sur 7,55 km, reprise de "
          "210 m de fossés et de 14 têtes d'aqueduc, signalisation horizontale définitive."),
        H("2. Exploitation sous circulation"),
        P("Les travaux sont réalisés sous alternat par feux. Les horaires de travail sont compris entre 7 h 30 et "
          "18 h ; aucune restriction de circulation n'est admise le vendredi après 14 h ni la veille des jours fériés. "
          "Le temps d'attente aux feux ne doit pas dépasser 5 minutes."),
        H("3. Matériaux"),
        P("Les enrobés sont conformes aux normes NF EN 13108-1 et NF P 98-150-1. Les fraisats font l'objet d'un "
          "repérage amiante et HAP préalable."),
        H("4. Contrôles"),
        P("Contrôle extérieur par le laboratoire départemental : compacité, uni (APL) et épaisseurs. Les résultats "
          "sont remis sous 72 heures."),
        H("5. Signalisation"),
        P("Signalisation temporaire conforme au manuel du chef de chantier (volume 1, routes bidirectionnelles)."),
    ]
    dqe = [
        TITLE("Département de la Haute-Sarve", "DÉTAIL QUANTITATIF ESTIMATIF", "RD 917 – Tranche ferme",
              "Opération 2026-DRM-0452"),
        RTAB([["Prix n°", "Désignation", "Unité", "Quantité", "PU HT", "Total HT"],
              ["101", "Installation de chantier", "ft", "1", "", ""],
              ["102", "Signalisation temporaire par alternat", "jour", "62", "", ""],
              ["201", "Fraisage de chaussée ép. 6 cm", "m²", "26 400", "", ""],
              ["202", "Grave-bitume GB 0/14", "t", "4 150", "", ""],
              ["203", "BBSG 0/10 ép. 6 cm", "t", "3 680", "", ""],
              ["301", "Curage de fossés", "ml", "120", "", ""],
              ["401", "Heure de balayeuse aspiratrice", "h", "40", "", ""],
              ["402", "Heure de main-d'œuvre en régie", "h", "60", "", ""]],
             widths=[0.8, 3.6, 0.8, 1, 1, 1.2], align="lllrrr"),
        P("Total HT tranche ferme : ............  TVA 20 % : ............  Total TTC : ............"),
    ]
    return dict(
        id="d03", title="Département de la Haute-Sarve – RD 917 renforcement de chaussée (non alloti, TF + 2 TO)",
        pieces=[
            PIECE("RC_2026-DRM-0452.pdf", "RC", hd, "Haute-Sarve – DRM – RC", rc,
                  L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
                    montant_estime_ht=1950000,
                    evidence=["Le marché comporte une obligation d'insertion professionnelle",
                              "Performance environnementale : 10 %", "Le marché n'est pas alloti",
                              "Montant total estimé (tranches optionnelles comprises) 1 950 000"])),
            PIECE("CCAP_2026-DRM-0452.pdf", "CCAP", hd, "Haute-Sarve – DRM – CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, clause_environnementale=1,
                    allotissement=0,
                    evidence=["un volume minimal d'heures de travail confiées à des personnes éloignées de l'emploi",
                              "soit 1 600 heures si toutes les tranches sont affermies", "Le marché, non alloti",
                              "réemploie en couche de base au moins 30 % d'agrégats"]), hyphen=True),
            PIECE("CCTP_2026-DRM-0452.pdf", "CCTP", hd, "Haute-Sarve – DRM – CCTP", cctp, L()),
            PIECE("DQE_TF_2026-DRM-0452.docx", "DQE", hd + " – DQE", "DQE tranche ferme", dqe, L()),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1600, allotissement=0, montant_estime_ht=1950000),
        note="Heures par tranche (TF 900, TO1 400, TO2 300) avec total écrit 1 600. Estimation tranches optionnelles "
             "comprises 1 950 000 (RC). Non alloti (RC, CCAP). Pièges : 24 heures, 72 heures, 300 € par heure de "
             "dépassement, 50 € par heure non réalisée, heures de balayeuse et de régie au DQE, horaires 7 h 30 – 18 h. "
             "CCTP purement technique (normes, repérage amiante) : aucune clause.")


# d04 -------------------------------------------------------------------------------
def d04():
    hd = "CHI de Morvillars-Est – Linge et textiles hospitaliers"
    rc = [
        TITLE("CENTRE HOSPITALIER INTERCOMMUNAL DE MORVILLARS-EST", "Fourniture de linge, de textiles et de tenues professionnelles",
              "Accords-cadres à bons de commande – Appel d'offres ouvert européen", "RÈGLEMENT DE LA CONSULTATION",
              "Dossier n° CHIME-ACH-26-014"),
        H("1 - Identification de l'établissement"),
        P("Centre hospitalier intercommunal de Morvillars-Est (CHIME), direction des achats, de la logistique et des "
          "travaux, 40 rue du Docteur-Moreau, 25380 Morvillars. Personne responsable : le directeur de "
          "l'établissement."),
        H("2 - Objet"),
        P("Acquisition de linge plat, de linge de toilette, de tenues professionnelles et de tenues des patients "
          "pour les sites de Morvillars, Rochebrune et l'EHPAD des Saules."),
        H("3 - Allotissement"),
        P("La consultation comporte huit lots, attribués séparément. Chaque lot donne lieu à un accord-cadre "
          "mono-attributaire. Un même candidat peut être attributaire de plusieurs lots."),
        RTAB([["N°", "Intitulé du lot"],
              ["1", "Draps, housses et taies"], ["2", "Linge de toilette"], ["3", "Tenues professionnelles des soignants"],
              ["4", "Tenues de cuisine et de logistique"], ["5", "Chaussures de sécurité et sabots"],
              ["6", "Textiles non tissés à usage unique"], ["7", "Couettes, oreillers et alèses"],
              ["8", "Tenues des patients (pyjamas, chemises)"]], widths=[0.6, 6]),
        H("4 - Durée"),
        P("Un an à compter de la notification, reconductible trois fois, sans que la durée totale excède quatre ans."),
        H("5 - Critères d'attribution"),
        LST(["Prix (sur la base du DQE non contractuel) : 45 %", "Qualité technique des échantillons : 40 %",
             "Délais et organisation des livraisons : 15 %"]),
        H("6 - Échantillons"),
        P("Les échantillons sont déposés au magasin central, bâtiment L, du lundi au vendredi de 8 h 30 à 15 h 30, "
          "au plus tard à la date limite de remise des offres."),
        H("7 - Remise des plis"),
        P("Date limite : 7 avril 2026, 17 h, sur la plate-forme https://achats-hopitaux-franche.fr."),
    ]
    ccap = [
        TITLE("CHI de Morvillars-Est", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Fourniture de linge, de textiles et de tenues professionnelles – lots 1 à 8", "CHIME-ACH-26-014"),
        H("Article 1 – Objet et forme"),
        P("Les huit lots décrits au règlement de la consultation sont des accords-cadres exécutés par bons de "
          "commande en application des articles R2162-2 et R2162-13 à R2162-14 du code de la commande publique."),
        H("Article 2 – Documents contractuels"),
        P("Acte d'engagement, CCAP, CCTP, BPU du lot, CCAG-FCS (arrêté du 30 mars 2021), offre technique du titulaire."),
        H("Article 3 – Commandes et livraisons"),
        P("Les bons de commande sont émis par le service économique. Le délai de livraison est de dix jours ouvrés ; "
          "en cas de commande urgente, il est ramené à 72 heures. Les livraisons sont reçues au quai du magasin "
          "central de 7 h à 14 h."),
        H("Article 4 – Conditionnement et emballages"),
        P("Le titulaire regroupe ses livraisons en une tournée hebdomadaire au plus, supprime les suremballages "
          "individuels plastiques pour le linge plat et reprend à chaque livraison les cartons et palettes vides "
          "en vue de leur réemploi ou de leur recyclage."),
        H("Article 5 – Conditions sociales de fabrication"),
        P("Le titulaire garantit que les articles livrés sont fabriqués dans le respect des conventions "
          "fondamentales de l'Organisation internationale du travail, notamment celles relatives au travail des "
          "enfants et au travail forcé. Il tient à la disposition de l'établissement la liste des sites de "
          "confection et accepte tout audit diligenté à cette fin."),
        H("Article 6 – Prix"),
        P("Prix unitaires fermes la première année, puis révisables à chaque reconduction selon l'indice des prix "
          "à la production de l'industrie textile (plafond de 3 % par an)."),
        H("Article 7 – Montants maximums des accords-cadres"),
        P("Chaque accord-cadre est conclu sans montant minimum et avec les montants maximums suivants, exprimés "
          "hors taxes :"),
        RTAB([["Lot", "Intitulé", "Maximum annuel € HT", "Maximum sur 4 ans € HT"],
              ["1", "Draps, housses et taies", "48.000", "192.000"],
              ["2", "Linge de toilette", "22.000", "88.000"],
              ["3", "Tenues professionnelles des soignants", "95.000", "380.000"],
              ["4", "Tenues de cuisine et de logistique", "18.500", "74.000"],
              ["5", "Chaussures de sécurité et sabots", "14.000", "56.000"],
              ["6", "Textiles non tissés à usage unique", "41.000", "164.000"],
              ["7", "Couettes, oreillers et alèses", "27.500", "110.000"],
              ["8", "Tenues des patients", "23.000", "92.000"],
              ["", "Total des huit lots", "289.000", "1.156.000"]],
             widths=[0.5, 3.2, 1.6, 1.6], align="llrr", bold_last=True),
        H("Article 8 – Pénalités"),
        P("Retard de livraison : 1/1000e du montant du bon de commande par jour de retard, avec un minimum de 30 € "
          "par jour. Non-conformité des articles : reprise et remplacement sous cinq jours."),
        H("Article 9 – Règlement"),
        P("Le délai global de paiement est de 50 jours (article R2192-11 du code de la commande publique). Aucune "
          "retenue de garantie n'est prévue."),
    ]
    bpu = [
        TITLE("CHI de Morvillars-Est", "BORDEREAU DES PRIX UNITAIRES", "Lot n°3 – Tenues professionnelles des soignants",
              "CHIME-ACH-26-014"),
        RTAB([["Réf.", "Article", "Tailles", "Unité", "Prix unitaire HT", "Prix unitaire TTC"],
              ["3-01", "Tunique mixte polyester/coton, col V, blanche", "XS à 4XL", "pièce", "", ""],
              ["3-02", "Tunique mixte, liseré de couleur par métier", "XS à 4XL", "pièce", "", ""],
              ["3-03", "Pantalon mixte taille élastiquée", "XS à 4XL", "pièce", "", ""],
              ["3-04", "Blouse de médecin manches longues", "S à 3XL", "pièce", "", ""],
              ["3-05", "Gilet polaire marine", "S à 3XL", "pièce", "", ""],
              ["3-06", "Marquage nominatif brodé", "-", "unité", "", ""]],
             widths=[0.6, 3.2, 1, 0.8, 1.1, 1.1], align="llllrr"),
        P("Frais de livraison inclus. Les prix comprennent le marquage du logo de l'établissement."),
    ]
    avis = [
        TITLE("AVIS DE MARCHÉ – FOURNITURES", "Directive 2014/24/UE"),
        P("Section I : Pouvoir adjudicateur"),
        P("I.1) Centre hospitalier intercommunal de Morvillars-Est, 40 rue du Docteur-Moreau, 25380 Morvillars, "
          "FR. Code NUTS : FRC21. I.4) Type : organisme de droit public (établissement public de santé)."),
        P("Section II : Objet"),
        P("II.1.1) Intitulé : Fourniture de linge, de textiles et de tenues professionnelles. Numéro de référence : "
          "CHIME-ACH-26-014."),
        P("II.1.2) CPV principal : 39500000. II.1.3) Type de marché : fournitures."),
        P("II.1.5) Valeur totale estimée hors TVA : 870 000 EUR."),
        P("II.1.6) Ce marché est divisé en lots : oui. Des offres peuvent être soumises pour tous les lots."),
        P("II.2.1) Lot n° 1 – Draps, housses et taies ... Lot n° 8 – Tenues des patients."),
        P("II.2.5) Critères d'attribution : le prix n'est pas le seul critère ; critères énoncés dans les documents "
          "de la consultation."),
        P("II.2.7) Durée : 12 mois ; reconductible : oui, trois fois."),
        P("Section III : Renseignements d'ordre juridique"),
        P("III.1.5) Marchés réservés : non."),
        P("III.2.2) Conditions particulières d'exécution : suppression des suremballages plastiques et reprise des "
          "palettes ; respect des conventions fondamentales de l'OIT par les ateliers de confection (CCAP, art. 4 et 5)."),
        P("Section IV : Procédure – IV.1.1) Procédure ouverte. IV.2.2) Date limite : 07/04/2026 à 17:00."),
        P("Section VI : VI.4.1) Tribunal administratif de Besançon."),
    ]
    return dict(
        id="d04", title="CHI de Morvillars-Est – linge et textiles hospitaliers (8 lots, accords-cadres)",
        pieces=[
            PIECE("RC_CHIME-ACH-26-014.docx", "RC", hd, "RC – CHIME-ACH-26-014", rc,
                  L(allotissement=1, nb_lots=8, evidence=["La consultation comporte huit lots"])),
            PIECE("CCAP_CHIME-ACH-26-014.pdf", "CCAP", hd + " – CCAP", "CCAP – CHIME-ACH-26-014", ccap,
                  L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=8, montant_max_ht=1156000,
                    evidence=["fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                              "supprime les suremballages individuels plastiques", "Les huit lots",
                              "Total des huit lots 289.000 1.156.000"])),
            PIECE("BPU_lot3_CHIME-ACH-26-014.pdf", "BPU", hd + " – BPU lot 3", "BPU lot 3", bpu,
                  L(allotissement=1, evidence=["Lot n°3 – Tenues professionnelles des soignants"])),
            PIECE("avis_JOUE_CHIME-ACH-26-014.txt", "AVIS", "", "", avis,
                  L(clause_sociale=1, clause_environnementale=1, allotissement=1, montant_estime_ht=870000,
                    evidence=["respect des conventions fondamentales de l'OIT par les ateliers de confection",
                              "suppression des suremballages plastiques", "Ce marché est divisé en lots : oui",
                              "Valeur totale estimée hors TVA : 870 000 EUR"])),
        ],
        pos=["clause_sociale", "clause_environnementale"],
        values=V(allotissement=1, nb_lots=8, montant_estime_ht=870000, montant_max_ht=1156000),
        note="Maximum : tableau du CCAP (séparateur de milliers point), total sur 4 ans 1.156.000 = 289.000 × 4. "
             "Estimation distincte dans l'avis (870 000). Avis : III.2.2 annonce les conditions d'exécution "
             "sociale (OIT) et environnementale (emballages) ; « Marchés réservés : non ». Pas d'insertion. Pièges : 72 heures, "
             "horaires de livraison, 1/1000e, délai de paiement de 50 jours.")


# d05 -------------------------------------------------------------------------------
def d05():
    hd = "Habitat Sud-Lemance OPH – Résidence Les Coteaux (48 logements)"
    lots_est = [["Lot", "Corps d'état", "Estimation HT"],
                ["L1", "Désamiantage – curage", "185 000 €"], ["L2", "Gros œuvre – maçonnerie", "720 000 €"],
                ["L3", "Étanchéité – couverture", "210 000 €"], ["L4", "Menuiseries extérieures PVC", "265 000 €"],
                ["L5", "Isolation thermique par l'extérieur", "540 000 €"], ["L6", "Plomberie – ventilation", "310 000 €"],
                ["L7", "Électricité", "190 000 €"], ["L8", "Peinture – revêtements de sols", "230 000 €"],
                ["L9", "Ascenseurs", "95 000 €"], ["", "Montant total estimé", "2 745 000 €"]]
    rc = [
        TITLE("HABITAT SUD-LEMANCE – Office public de l'habitat", "Réhabilitation énergétique de la résidence Les Coteaux (48 logements)",
              "Procédure adaptée – Marchés de travaux en lots séparés", "Règlement de consultation – Affaire 26-OPH-031"),
        H("Article 1 – Maître d'ouvrage"),
        P("Habitat Sud-Lemance, office public de l'habitat, 3 allée des Peupliers, 47500 Fumel-Lemance, représenté "
          "par son directeur général. Maître d'œuvre : atelier Carène architectes."),
        H("Article 2 – Objet"),
        P("Réhabilitation énergétique et remise à niveau des parties communes de la résidence Les Coteaux, 4 "
          "bâtiments, en site occupé, visant l'étiquette énergétique C."),
        H("Article 3 – Lots et estimation"),
        P("Les travaux sont dévolus en 9 lots séparés :"),
        RTAB(lots_est, widths=[0.6, 3.2, 1.6], align="llr", bold_last=True),
        H("Article 4 – Insertion"),
        P("Les marchés des lots L1 à L6 et L8 comportent une clause d'insertion fixée à 5 % des heures de "
          "main-d'œuvre estimées du lot (article 12 du CCAP)."),
        H("Article 5 – Critères"),
        LST(["Prix : 50 %", "Valeur technique : 50 %, dont organisation en site occupé et relations avec les "
             "locataires 25 %, planning 15 %, références en réhabilitation 10 %"]),
        H("Article 6 – Visite"),
        P("Une visite d'un logement témoin est obligatoire le 12 mars 2026 à 10 h ; un certificat est remis."),
        H("Article 7 – Remise des offres"),
        P("Au plus tard le 31 mars 2026 à 12 h sur https://oph-sudlemance.marches-publics.info."),
    ]
    ccap = [
        TITLE("Habitat Sud-Lemance OPH", "CCAP commun à tous les lots", "Réhabilitation énergétique de la résidence Les Coteaux",
              "Affaire 26-OPH-031"),
        H("Article 1 – Objet"),
        P("Le présent cahier s'applique aux neuf lots de l'opération. Chaque lot fait l'objet d'un marché à prix "
          "global et forfaitaire."),
        H("Article 2 – Pièces"),
        P("AE, CCAP, CCTP du lot, DPGF, calendrier, CCAG-Travaux, PGC, charte de chantier à faibles nuisances."),
        H("Article 3 – Délais et phasage"),
        P("Durée globale : 14 mois. Intervention par cage d'escalier ; chaque logement est traité en 8 jours "
          "ouvrés au plus. Les coupures d'eau ou d'électricité sont annoncées aux locataires 48 heures à l'avance "
          "et ne dépassent pas 4 heures."),
        H("Article 4 – Horaires"),
        P("Les travaux dans les logements ont lieu entre 8 h 30 et 17 h, hors samedis, dimanches et jours fériés."),
        H("Article 5 – Chantier à faibles nuisances"),
        P("Chaque entreprise respecte la charte de chantier à faibles nuisances annexée : tri des déchets en "
          "bennes séparées, aucun rejet de laitance dans les réseaux, matériels conformes aux normes de bruit, "
          "nettoyage quotidien des circulations."),
        H("Article 6 – Prix"),
        P("Prix révisables selon l'index BT de chaque corps d'état, mois zéro : mois de remise des offres."),
        H("Article 7 – Avance"),
        P("Avance de 5 % pour les marchés dont le montant dépasse 50 000 € HT et la durée deux mois."),
        H("Article 8 – Retenue de garantie"),
        P("5 % du montant des acomptes, libérée à l'expiration du délai de garantie de parfait achèvement."),
        H("Article 9 – Pénalités"),
        P("Retard : 300 € par jour. Coupure non annoncée : 200 € par logement. Dépassement de la durée de coupure : "
          "50 € par heure."),
        H("Article 10 – Assurances"),
        P("Attestations de responsabilité civile et décennale en cours de validité."),
        H("Article 11 – Réception"),
        P("Réception par bâtiment avec effet à la réception du dernier bâtiment."),
        H("Article 12 – Clause d'insertion par l'activité économique"),
        P("Les titulaires consacrent à l'insertion de personnes éloignées de l'emploi un nombre d'heures égal à 5 % "
          "des heures de main-d'œuvre estimées par le maître d'œuvre pour leur lot. Le tableau ci-dessous donne "
          "la base de calcul et le nombre d'heures exigé ; seul ce dernier est contractuel."),
        RTAB([["Lot", "Corps d'état", "Heures de main-d'œuvre estimées", "Heures d'insertion exigées (5 %)"],
              ["L1", "Désamiantage – curage", "2 400", "120"], ["L2", "Gros œuvre – maçonnerie", "6 800", "340"],
              ["L3", "Étanchéité – couverture", "1 600", "80"], ["L4", "Menuiseries extérieures PVC", "2 000", "100"],
              ["L5", "Isolation thermique par l'extérieur", "4 600", "230"], ["L6", "Plomberie – ventilation", "2 200", "110"],
              ["L7", "Électricité", "1 800", "-"], ["L8", "Peinture – revêtements de sols", "2 600", "130"],
              ["L9", "Ascenseurs", "600", "-"], ["Total", "", "24 600", "1 110"]],
             widths=[0.6, 2.8, 1.6, 1.6], align="llrr", bold_last=True),
        P("Le titulaire peut satisfaire cette obligation par embauche directe, recours à une entreprise de travail "
          "temporaire d'insertion ou sous-traitance à une entreprise d'insertion. Le guichet clauses de "
          "l'agglomération valide l'éligibilité. Pénalité : 40 € par heure non réalisée."),
    ]
    dpgf = [
        TITLE("Habitat Sud-Lemance OPH", "DPGF – Lot L4 Menuiseries extérieures PVC", "Résidence Les Coteaux – Affaire 26-OPH-031"),
        P("Décomposition à compléter par le candidat. Les heures indiquées correspondent à l'estimation du maître "
          "d'œuvre (temps de pose) et servent de base au calcul de l'article 12 du CCAP."),
        RTAB([["Poste", "Désignation", "Unité", "Qté", "Temps de pose (h)", "Prix HT"],
              ["4.1", "Dépose des menuiseries existantes", "u", "212", "318", ""],
              ["4.2", "Fenêtres PVC double vitrage 4/16/4", "u", "168", "756", ""],
              ["4.3", "Portes-fenêtres PVC", "u", "44", "264", ""],
              ["4.4", "Volets roulants électriques", "u", "96", "480", ""],
              ["4.5", "Grilles d'entrée d'air hygroréglables", "u", "212", "106", ""],
              ["4.6", "Protections et nettoyage", "ft", "1", "76", ""],
              ["", "Total", "", "", "2 000", ""]],
             widths=[0.6, 3.2, 0.6, 0.6, 1.2, 1.2], align="lllrrr"),
    ]
    qr = [
        TITLE("Habitat Sud-Lemance OPH", "Questions des candidats et réponses du maître d'ouvrage", "Affaire 26-OPH-031"),
        H("Q1 – Lot L7 Électricité"),
        P("Question : Le lot L7 est-il soumis à la clause d'insertion ?"),
        P("Réponse : Non. Les lots L7 et L9 en sont exclus en raison de la qualification exigée ; tous les autres "
          "lots restent soumis à l'engagement d'insertion du CCAP."),
        H("Q2 – Heures de main-d'œuvre"),
        P("Question : Les heures de main-d'œuvre estimées du tableau de l'article 12 (24 600 heures) sont-elles un "
          "engagement ?"),
        P("Réponse : Non, elles ne servent qu'au calcul. L'entreprise reste libre de ses effectifs."),
        H("Q3 – Visite"),
        P("Question : La visite peut-elle avoir lieu l'après-midi ?"),
        P("Réponse : Une seconde visite est ajoutée le 17 mars 2026 à 14 h."),
    ]
    return dict(
        id="d05", title="Habitat Sud-Lemance OPH – réhabilitation de 48 logements (9 lots, insertion à 5 % des heures)",
        pieces=[
            PIECE("RC_26-OPH-031.pdf", "RC", hd, "Affaire 26-OPH-031 – RC", rc,
                  L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=9, montant_estime_ht=2745000,
                    evidence=["comportent une clause d'insertion fixée à 5 % des heures", "dévolus en 9 lots séparés",
                              "Montant total estimé 2 745 000 €"]), cols=2),
            PIECE("CCAP_26-OPH-031.pdf", "CCAP", hd, "Affaire 26-OPH-031 – CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1110, clause_environnementale=1,
                    allotissement=1, nb_lots=9,
                    evidence=["consacrent à l'insertion de personnes éloignées de l'emploi", "Total 24 600 1 110",
                              "neuf lots", "tri des déchets en bennes séparées"]), hyphen=True),
            PIECE("DPGF_L4_26-OPH-031.docx", "DPGF", hd + " – DPGF L4", "DPGF lot L4", dpgf,
                  L(allotissement=1, evidence=["DPGF – Lot L4 Menuiseries extérieures PVC"])),
            PIECE("QR_26-OPH-031.docx", "QR", hd + " – Q/R", "Questions-réponses", qr,
                  L(clause_sociale=1, clause_insertion=1, allotissement=1,
                    evidence=["tous les autres lots restent soumis à l'engagement d'insertion du CCAP",
                              "Le lot L7 est-il soumis"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1110, allotissement=1, nb_lots=9, montant_estime_ht=2745000),
        note="Heures en part (5 %) des heures de main-d'œuvre, base donnée : tableau à deux colonnes d'heures, total "
             "main-d'œuvre 24 600 (piège) et insertion 1 110 (lots L7 et L9 « - »). RC en deux colonnes, numéros "
             "« L1 »…« L9 », total estimé 2 745 000. Pièges : temps de pose au DPGF (2 000 h), 48 heures, 4 heures, "
             "50 € par heure de dépassement, 40 € par heure non réalisée.")


# d06 -------------------------------------------------------------------------------
def d06():
    hd = "SPL Rives d'Aubance Aménagement – AMO Quartier de la Gare"
    rc = [
        TITLE("SPL RIVES D'AUBANCE AMÉNAGEMENT", "Missions d'assistance à maîtrise d'ouvrage – ZAC du Quartier de la Gare",
              "Marchés de prestations intellectuelles – procédure adaptée", "Règlement de la consultation – RAA-2026-05"),
        H("1. Présentation"),
        P("La SPL Rives d'Aubance Aménagement, concessionnaire de la ZAC du Quartier de la Gare pour le compte de "
          "la communauté urbaine, consulte pour trois missions d'assistance à maîtrise d'ouvrage."),
        H("2. Lots"),
        P("La consultation est divisée en 3 lots, chacun comportant le cas échéant des tranches optionnelles :"),
        RTAB([["Lot", "Mission", "Tranche ferme € HT", "Tranches optionnelles € HT", "Total € HT"],
              ["Lot 1", "AMO programmation et suivi des études urbaines", "84 000", "36 000 (TO1 et TO2)", "120 000"],
              ["Lot 2", "AMO juridique et financière de la concession", "62 000", "—", "62 000"],
              ["Lot 3", "AMO concertation et communication de projet", "45 000", "15 000 (TO1)", "60 000"],
              ["", "Estimation globale", "191 000", "51 000", "242 000"]],
             widths=[0.8, 3, 1.3, 1.6, 1.1], align="llrrr", bold_last=True),
        H("3. Durée"),
        P("Tranche ferme de 18 mois. Les tranches optionnelles sont affermies au plus tard 24 mois après la notification."),
        H("4. Critères"),
        LST(["Valeur technique de l'offre (méthodologie, composition et expérience de l'équipe) : 60 %",
             "Prix (décomposition du prix global et bordereau des prix unitaires de vacation) : 40 %"]),
        H("5. Négociation"),
        P("La SPL se réserve la possibilité de négocier avec les trois meilleurs candidats par lot."),
        H("6. Remise"),
        P("Offres à remettre le 24 avril 2026 à 12 h au plus tard sur https://spl-rivesdaubance.achatpublic.net."),
    ]
    ccap = [
        TITLE("SPL Rives d'Aubance Aménagement", "Cahier des clauses administratives particulières",
              "AMO – ZAC du Quartier de la Gare (lots 1 à 3)", "RAA-2026-05"),
        H("Article 1 – Objet"),
        P("Missions d'assistance à maîtrise d'ouvrage réparties en trois lots. Le CCAG applicable est celui des "
          "prestations intellectuelles (option A pour la propriété intellectuelle)."),
        H("Article 2 – Tranches"),
        P("Lot 1 : tranche ferme (programmation, 84 000 € HT estimés) ; TO1 suivi des études de maîtrise d'œuvre ; "
          "TO2 bilan de la première phase. Lot 3 : tranche ferme (concertation préalable) et TO1 (concertation "
          "réglementaire)."),
        H("Article 3 – Prix"),
        P("Prix global et forfaitaire par tranche. Les réunions supplémentaires au-delà de celles prévues au CCTP "
          "sont rémunérées par application du prix de vacation (taux horaire de 95 € HT par heure d'intervenant "
          "senior, 70 € HT pour un chargé d'études)."),
        H("Article 4 – Délais"),
        P("Les comptes rendus sont transmis sous 72 heures ; les notes d'analyse sous 10 jours ouvrés."),
        H("Article 5 – Pénalités"),
        P("Retard dans la remise d'un livrable : 150 € HT par jour. Absence à une réunion : 300 € HT."),
        H("Article 6 – Paiement"),
        P("Acomptes mensuels sur présentation d'un état d'avancement ; délai de paiement de 30 jours."),
        H("Article 7 – Résiliation"),
        P("Conformément aux articles 36 à 42 du CCAG-PI."),
        H("Article 8 – Litiges"),
        P("Tribunal administratif de Nantes."),
    ]
    ae = [
        TITLE("SPL Rives d'Aubance Aménagement", "ACTE D'ENGAGEMENT", "Lot 2 – AMO juridique et financière de la concession",
              "Consultation RAA-2026-05"),
        H("A – Objet"),
        P("Le présent acte d'engagement concerne le lot n° 2 de la consultation RAA-2026-05, qui en compte trois."),
        H("B – Engagement du candidat"),
        P("Nom, prénom et qualité du signataire : ...................................................."),
        P("Raison sociale : ........................  SIRET : ........................"),
        P("Après avoir pris connaissance des pièces du marché, je m'engage à exécuter les prestations au prix global "
          "et forfaitaire de : ................ € HT, soit ................ € TTC."),
        H("C – Durée"),
        P("18 mois à compter de la notification."),
        H("D – Paiement"),
        P("Compte à créditer : IBAN ............................................"),
        H("E – Signature"),
        P("À ....................., le ....................."),
    ]
    qr = [
        TITLE("SPL Rives d'Aubance Aménagement", "Questions / réponses", "RAA-2026-05"),
        P("Question 1 : Un même groupement peut-il remettre une offre pour les lots 1 et 3 ?"),
        P("Réponse : Oui. Aucune limitation du nombre de lots n'est prévue."),
        P("Question 2 : Le taux horaire de vacation est-il imposé ?"),
        P("Réponse : Non, les montants du CCAP (95 € et 70 € HT de l'heure) sont des exemples ; le candidat propose "
          "ses propres taux dans le bordereau."),
        P("Question 3 : Quel est le budget du lot 2 ?"),
        P("Réponse : L'estimation du lot 2 est de 62 000 € HT (voir le tableau de l'article 2 du RC)."),
    ]
    return dict(
        id="d06", title="SPL Rives d'Aubance Aménagement – AMO ZAC (3 lots, tranches optionnelles, sans clause)",
        pieces=[
            PIECE("RC_RAA-2026-05.docx", "RC", hd, "RC", rc,
                  L(allotissement=1, nb_lots=3, montant_estime_ht=242000,
                    evidence=["divisée en 3 lots", "Estimation globale 191 000 51 000 242 000"])),
            PIECE("CCAP_RAA-2026-05.pdf", "CCAP", hd + " – CCAP", "RAA-2026-05 – CCAP", ccap,
                  L(allotissement=1, nb_lots=3, evidence=["réparties en trois lots"])),
            PIECE("AE_lot2_RAA-2026-05.docx", "AE", hd + " – AE lot 2", "Acte d'engagement lot 2", ae,
                  L(allotissement=1, nb_lots=3, evidence=["concerne le lot n° 2 de la consultation RAA-2026-05, qui en compte trois"])),
            PIECE("QR_RAA-2026-05.pdf", "QR", hd + " – Q/R", "Questions-réponses", qr,
                  L(allotissement=1, evidence=["pour les lots 1 et 3"])),
        ],
        pos=[],
        values=V(allotissement=1, nb_lots=3, montant_estime_ht=242000),
        note="Aucune considération sociale ni environnementale. Estimation tranches optionnelles comprises : 242 000 "
             "(RC, tableau avec tranche ferme 191 000 et options 51 000). Pièges : taux horaires 95 et 70 € HT, 72 "
             "heures, estimation de la seule tranche ferme du lot 1 (84 000) au CCAP, estimation du lot 2 (62 000) au Q/R.")


# d07 -------------------------------------------------------------------------------
LOTS07 = [("1", "Terrassements – fondations spéciales"), ("2", "Gros œuvre"), ("3", "Charpente métallique"),
          ("4", "Couverture – étanchéité"), ("5", "Façades – menuiseries extérieures"), ("6", "Cloisons – doublages"),
          ("7", "Menuiseries intérieures"), ("8", "Carrelage – faïence"), ("9", "Peinture"),
          ("10", "Chauffage – ventilation – plomberie"), ("11", "Électricité courants forts et faibles"),
          ("12", "VRD – espaces verts")]


def d07():
    from lxml import etree
    hd = "Région Armor-Loire – Lycée des Trois-Rivières"
    rc = [
        TITLE("RÉGION ARMOR-LOIRE", "Construction de l'internat et du pôle sciences du lycée polyvalent des Trois-Rivières",
              "Pontivy-la-Vallée – Appel d'offres ouvert – Marchés de travaux", "RÈGLEMENT DE LA CONSULTATION",
              "Marché n° RAL-DPI-2026-0188"),
        P("Direction du patrimoine immobilier des lycées – Service des marchés – 283 avenue du Parlement, 35000 Rennes-Armor."),
        H("Sommaire"),
        LST(["1. Objet et étendue", "2. Allotissement", "3. Montant prévisionnel", "4. Conditions d'exécution",
             "5. Critères d'attribution", "6. Présentation des plis", "7. Renseignements"]),
        H("1. Objet et étendue"),
        P("Construction d'un internat de 120 lits (R+3) et d'un pôle sciences de 1.450 m² de surface de plancher, "
          "démolition préalable de deux bâtiments préfabriqués, aménagement des abords."),
        H("2. Allotissement"),
        P("Les travaux sont divisés en douze lots, désignés ci-après. Chaque lot est attribué séparément."),
        TAB([["Lot", "Désignation"]] + [["Lot " + a, b] for a, b in LOTS07], widths=[1, 5]),
        H("3. Montant prévisionnel"),
        P("Le coût prévisionnel des travaux, tous lots confondus, est estimé à 14.600.000 € HT (valeur mars 2026)."),
        H("4. Conditions d'exécution"),
        P("Les titulaires sont tenus à une obligation d'insertion professionnelle (article 9 du CCAP) et au "
          "respect de la charte régionale chantier vert (tri des déchets, limitation des nuisances)."),
        H("5. Critères d'attribution"),
        LST(["Prix : 50 %",
             "Valeur technique : 30 %",
             "Qualité du dispositif d'insertion (encadrement, tutorat, parcours de formation proposé) : 10 %",
             "Performances environnementales du chantier (gestion des déchets, bilan carbone des matériaux) : 10 %"]),
        H("6. Présentation des plis"),
        P("Dépôt électronique sur https://marches.armor-loire.fr avant le 4 mai 2026, 12 h. Les offres sont "
          "valables 180 jours."),
        H("7. Renseignements"),
        P("Questions écrites au plus tard dix jours avant la date limite de remise des offres."),
    ]
    hrows = [["Lot", "Intitulé", "Heures"]]
    hrs = {"1": "450", "2": "3.200", "3": "600", "4": "700", "5": "850", "6": "900", "7": "400", "8": "350",
           "9": "500", "10": "650", "11": "450", "12": "700"}
    hrows.append(["", "Groupe A – Clos et couvert", ""])
    for a, b in LOTS07[:5]:
        hrows.append([a, b, hrs[a]])
    hrows.append(["", "Sous-total groupe A", "5.800"])
    hrows.append(["", "Groupe B – Second œuvre, lots techniques et abords", ""])
    for a, b in LOTS07[5:]:
        hrows.append([a, b, hrs[a]])
    hrows.append(["", "Sous-total groupe B", "3.950"])
    hrows.append(["", "Total général", "9.750"])
    ccap = [
        TITLE("Région Armor-Loire", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Lycée des Trois-Rivières – Internat et pôle sciences", "Marché n° RAL-DPI-2026-0188 – lots 1 à 12"),
        H("Article 1 – Objet"),
        P("Le présent CCAP régit les douze marchés de travaux de l'opération."),
        H("Article 2 – Pièces contractuelles"),
        P("Acte d'engagement ; CCAP ; CCTP du lot ; DPGF ; calendrier d'exécution ; charte chantier vert ; CCAG-Travaux 2021."),
        H("Article 3 – Durée et délais"),
        P("Durée globale de 22 mois dont un mois de préparation. Le calendrier détaillé est notifié par ordre de service."),
        H("Article 4 – Horaires et accès"),
        P("Le chantier est ouvert de 7 h à 19 h, sauf travaux bruyants pendant les épreuves d'examen."),
        H("Article 5 – Prix"),
        P("Prix global et forfaitaire révisable selon les index BT propres à chaque lot."),
        H("Article 6 – Avance"),
        P("Avance de 10 % du montant initial TTC lorsque celui-ci dépasse 50.000 € HT."),
        H("Article 7 – Garanties"),
        P("Retenue de garantie de 5 %, remplaçable par une caution personnelle et solidaire."),
        H("Article 8 – Pénalités"),
        LST(["retard sur le délai d'exécution du lot : 1/2000e du montant du marché par jour ;",
             "non-respect de la charte chantier vert : 500 € par constat ;",
             "non-réalisation de l'engagement d'insertion : 30 € HT par heure manquante."]),
        H("Article 9 – Obligation d'insertion professionnelle"),
        P("Chaque titulaire réalise, au bénéfice de personnes rencontrant des difficultés particulières d'accès à "
          "l'emploi, le nombre d'heures de travail indiqué pour son lot. Les heures sont suivies par le "
          "facilitateur de la Maison de l'emploi du pays de Pontivy."),
        H2("9.1 Répartition par groupe de lots"),
        TAB(hrows, widths=[0.7, 4.5, 1.2], align="llr"),
        H2("9.2 Publics et modalités"),
        P("Sont éligibles : demandeurs d'emploi de plus de douze mois, bénéficiaires du RSA, de l'ASS ou de l'AAH, "
          "jeunes de moins de 26 ans sans diplôme, salariés des structures d'insertion. L'entreprise choisit "
          "librement entre embauche, mise à disposition et sous-traitance à une SIAE."),
        H("Article 10 – Charte chantier vert"),
        P("Chaque titulaire trie ses déchets selon les flux définis par la charte, justifie leur destination par des "
          "bordereaux et limite les émissions de poussières par arrosage des pistes."),
        H("Article 11 – Sous-traitance"),
        P("Déclaration préalable au moyen de l'imprimé DC4 ; paiement direct au-delà de 600 € TTC."),
        H("Article 12 – Réception"),
        P("Réception unique pour l'ensemble des lots."),
        H("Article 13 – Assurances"),
        P("Responsabilité civile et décennale du titulaire ; la Région souscrit une assurance dommages-ouvrage."),
        H("Article 14 – Litiges"),
        P("Tribunal administratif de Rennes-Armor."),
    ]
    dpgf = [
        TITLE("Région Armor-Loire", "DPGF – Lot 2 Gros œuvre", "Lycée des Trois-Rivières – RAL-DPI-2026-0188"),
        P("Cadre de décomposition du prix global et forfaitaire. Le candidat peut compléter la colonne des heures "
          "de main-d'œuvre à titre informatif."),
        RTAB([["Art.", "Ouvrage", "U", "Qté", "Heures MO", "Montant HT"],
              ["2.1", "Installation et repli de chantier", "ft", "1", "", ""],
              ["2.2", "Fondations superficielles en béton armé", "m³", "340", "", ""],
              ["2.3", "Voiles et poteaux béton", "m³", "1.120", "", ""],
              ["2.4", "Planchers prédalles", "m²", "4.860", "", ""],
              ["2.5", "Maçonnerie de blocs béton", "m²", "1.430", "", ""],
              ["2.6", "Réservations pour les lots techniques", "ft", "1", "", ""]],
             widths=[0.6, 3.5, 0.5, 0.8, 1, 1.2], align="lllrrr"),
        P("Total HT : .................  TVA : .................  Total TTC : ................."),
    ]
    # avis XML (structure inspirée des formulaires TED R2.0.9)
    root = etree.Element("F02_2014", LG="FR", CATEGORY="ORIGINAL", FORM="F02")
    b = etree.SubElement(root, "CONTRACTING_BODY")
    a = etree.SubElement(b, "ADDRESS_CONTRACTING_BODY")
    etree.SubElement(a, "OFFICIALNAME").text = "Région Armor-Loire"
    etree.SubElement(a, "TOWN").text = "Rennes-Armor"
    etree.SubElement(a, "POSTAL_CODE").text = "35000"
    etree.SubElement(a, "URL_GENERAL").text = "https://www.armor-loire.fr"
    oc = etree.SubElement(root, "OBJECT_CONTRACT")
    etree.SubElement(oc, "TITLE").text = "Construction de l'internat et du pôle sciences du lycée des Trois-Rivières"
    etree.SubElement(oc, "REFERENCE_NUMBER").text = "RAL-DPI-2026-0188"
    etree.SubElement(oc, "CPV_MAIN").text = "45214220"
    etree.SubElement(oc, "TYPE_CONTRACT", CTYPE="WORKS")
    etree.SubElement(oc, "SHORT_DESCR").text = ("Travaux de construction d'un internat de 120 lits et d'un pôle "
                                                "sciences. Marchés en 12 lots.")
    etree.SubElement(oc, "VAL_ESTIMATED_TOTAL", CURRENCY="EUR").text = "14600000"
    ld = etree.SubElement(oc, "LOT_DIVISION")
    etree.SubElement(ld, "LOT_ALL")
    for n, t in LOTS07:
        od = etree.SubElement(oc, "OBJECT_DESCR", ITEM=n)
        etree.SubElement(od, "TITLE").text = t
        etree.SubElement(od, "LOT_NO").text = n
        ac = etree.SubElement(od, "AC")
        for crit, w in (("Valeur technique", "30"), ("Qualité du dispositif d'insertion professionnelle", "10"),
                        ("Performances environnementales du chantier", "10")):
            q = etree.SubElement(ac, "AC_QUALITY")
            etree.SubElement(q, "AC_CRITERION").text = crit
            etree.SubElement(q, "AC_WEIGHTING").text = w
        p_ = etree.SubElement(ac, "AC_PRICE")
        etree.SubElement(p_, "AC_WEIGHTING").text = "50"
        etree.SubElement(od, "NO_OPTIONS")
    lefti = etree.SubElement(root, "LEFTI")
    etree.SubElement(lefti, "PERFORMANCE_CONDITIONS").text = (
        "Clause d'insertion professionnelle : 9 750 heures de travail réservées à des personnes éloignées de "
        "l'emploi, réparties entre les 12 lots (article 9 du CCAP). Charte chantier vert : tri et traçabilité "
        "des déchets.")
    proc = etree.SubElement(root, "PROCEDURE")
    etree.SubElement(proc, "PT_OPEN")
    etree.SubElement(proc, "DATE_RECEIPT_TENDERS").text = "2026-05-04"
    etree.SubElement(proc, "TIME_RECEIPT_TENDERS").text = "12:00"
    ci = etree.SubElement(root, "COMPLEMENTARY_INFO")
    etree.SubElement(ci, "INFO_ADD").text = "Visite libre du site. Marché réservé : non."
    return dict(
        id="d07", title="Région Armor-Loire – internat et pôle sciences d'un lycée (12 lots, sous-totaux d'heures)",
        pieces=[
            PIECE("RC_RAL-DPI-2026-0188.pdf", "RC", hd + " – RC", "RAL-DPI-2026-0188", rc,
                  L(clause_sociale=1, clause_insertion=1, critere_social=1, clause_environnementale=1,
                    critere_environnemental=1, allotissement=1, nb_lots=12, montant_estime_ht=14600000,
                    evidence=["tenus à une obligation d'insertion professionnelle",
                              "Qualité du dispositif d'insertion (encadrement, tutorat, parcours de formation proposé) : 10 %",
                              "Performances environnementales du chantier", "divisés en douze lots",
                              "estimé à 14.600.000 € HT", "charte régionale chantier vert (tri des déchets"])),
            PIECE("CCAP_RAL-DPI-2026-0188.pdf", "CCAP", hd + " – CCAP", "RAL-DPI-2026-0188 – CCAP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=9750, clause_environnementale=1,
                    allotissement=1, nb_lots=12,
                    evidence=["le nombre d'heures de travail indiqué pour son lot", "Total général 9.750",
                              "douze marchés de travaux", "trie ses déchets selon les flux définis par la charte"]),
                  hyphen=True),
            PIECE("avis_RAL-DPI-2026-0188.xml", "AVIS", "", "", root,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=9750, critere_social=1,
                    clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=12,
                    montant_estime_ht=14600000,
                    evidence=["9 750 heures de travail réservées à des personnes éloignées de l'emploi",
                              "Qualité du dispositif d'insertion professionnelle", "Performances environnementales du chantier",
                              "Charte chantier vert : tri et traçabilité des déchets", "Marchés en 12 lots", "14600000"])),
            PIECE("DPGF_lot2_RAL-DPI-2026-0188.docx", "DPGF", hd + " – DPGF lot 2", "DPGF lot 2", dpgf,
                  L(allotissement=1, evidence=["DPGF – Lot 2 Gros œuvre"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=9750, allotissement=1, nb_lots=12, montant_estime_ht=14600000),
        note="Heures : tableau « 9.1 Répartition par groupe de lots » à séparateur point, deux sous-totaux (5.800 et "
             "3.950) et un total général 9.750, coupé entre deux pages avec en-tête répété ; l'avis XML écrit 9 750. "
             "Estimation 14.600.000 (RC) = 14600000 (avis). Pièges : sous-totaux, 1.450 m², 50.000 € HT, 600 € TTC, "
             "horaires 7 h – 19 h, 30 € par heure manquante, quantités à point au DPGF. « Marché réservé : non ».")


# d08 -------------------------------------------------------------------------------
def d08():
    hd = "SIEVO – Syndicat intercommunal des eaux du Val d'Ournay"
    rc = [
        TITLE("SYNDICAT INTERCOMMUNAL DES EAUX DU VAL D'OURNAY (SIEVO)",
              "Travaux de renouvellement et de renforcement des réseaux d'eau potable",
              "Accords-cadres à bons de commande – Procédure adaptée", "Règlement de la consultation – SIEVO-AC-2026-02"),
        H("Article premier – Objet"),
        P("Travaux de pose, de renouvellement et de renforcement de canalisations d'eau potable (PEHD et fonte) de "
          "diamètre 63 à 250 mm, branchements et ouvrages annexes, sur le territoire des 23 communes membres."),
        H("Article 2 – Lots"),
        P("La consultation est allotie géographiquement : lot 1 – secteur Nord (13 communes) ; lot 2 – secteur Sud "
          "(10 communes). Un candidat ne peut être attributaire que d'un seul lot ; s'il est classé premier sur "
          "les deux, il se voit attribuer le lot 1."),
        H("Article 3 – Durée"),
        P("Un an à compter du 1er septembre 2026, reconductible trois fois par période annuelle."),
        H("Article 4 – Critères"),
        LST(["Prix apprécié sur un détail quantitatif estimatif fictif : 60 points",
             "Valeur technique : 40 points (moyens humains et matériels 15, méthodologie de pose et de désinfection 15, "
             "gestion des interruptions de service 10)"]),
        H("Article 5 – Clause sociale"),
        P("Les titulaires doivent exécuter un volume d'heures d'insertion par année d'exécution, fixé à l'article "
          "9 du CCAP."),
        H("Article 6 – Remise"),
        P("Plis à déposer sur https://sievo.marchespublics-eau.fr avant le 5 juin 2026 à 12 h."),
    ]
    ccap = [
        TITLE("SIEVO", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Accords-cadres de travaux sur les réseaux d'eau potable – lots 1 et 2", "SIEVO-AC-2026-02"),
        H("Article 1 – Objet et forme"),
        P("Deux accords-cadres mono-attributaires à bons de commande (lot 1 Nord, lot 2 Sud), passés en application "
          "des articles L2125-1 1° et R2162-13 du code de la commande publique."),
        H("Article 2 – Durée"),
        P("Période initiale de douze mois ; trois reconductions tacites de douze mois."),
        H("Article 3 – Montants"),
        P("Les accords-cadres sont conclus sans minimum. Le montant maximum des commandes est fixé, pour chaque "
          "période de douze mois, à 400 000 € HT pour le lot 1 et à 300 000 € HT pour le lot 2."),
        H("Article 4 – Délais d'intervention"),
        P("Réparation de fuite sur conduite principale : intervention sous 2 heures, 24 h/24 et 7 j/7. Travaux "
          "programmés : démarrage dans les 15 jours suivant le bon de commande."),
        H("Article 5 – Prix"),
        P("Prix unitaires du BPU révisables annuellement par l'index TP10a."),
        H("Article 6 – Gestion des déblais"),
        P("Les déblais sont triés sur le chantier ; les matériaux non pollués sont réutilisés en remblai ou "
          "acheminés vers une plate-forme de recyclage. Les anciennes canalisations en fonte sont remises à une "
          "filière de valorisation des métaux, bordereaux à l'appui."),
        H("Article 7 – Pénalités"),
        P("Retard d'intervention en urgence : 100 € HT par heure de retard. Interruption de service non "
          "programmée au-delà de 6 heures : 500 € HT."),
        H("Article 8 – Retenue de garantie"),
        P("Retenue de garantie de 5 %, remplaçable par une garantie à première demande."),
        H("Article 9 – Engagements sociaux"),
        P("Pour favoriser l'accès à l'emploi de personnes qui en sont éloignées, chaque titulaire réserve à des "
          "publics en insertion une partie des heures travaillées, selon le tableau de répartition ci-après. Le "
          "volume d'une année non exécutée n'est pas dû."),
        H2("Répartition"),
        RTAB([["Lot", "Année 1", "Année 2", "Année 3", "Année 4", "Total"],
              ["Lot 1 – Nord", "350", "350", "350", "350", "1400"],
              ["Lot 2 – Sud", "250", "250", "250", "250", "1000"],
              ["Ensemble", "600", "600", "600", "600", "2400"]],
             widths=[1.8, 1, 1, 1, 1, 1], align="lrrrrr", bold_last=True),
        P("Les heures sont justifiées par les contrats de travail et attestations de la structure d'insertion, "
          "transmis chaque semestre au facilitateur du PLIE du Val d'Ournay."),
    ]
    bpu = [
        TITLE("SIEVO", "BORDEREAU DES PRIX UNITAIRES – LOT 1 (SECTEUR NORD)", "SIEVO-AC-2026-02"),
        RTAB([["N°", "Libellé", "Unité", "Prix HT en chiffres", "Prix HT en lettres"],
              ["100", "Amenée et repli du matériel", "forfait", "", ""],
              ["110", "Fourniture et pose PEHD Ø 63", "ml", "", ""],
              ["120", "Fourniture et pose fonte Ø 150", "ml", "", ""],
              ["130", "Branchement neuf jusqu'à 12 m", "u", "", ""],
              ["200", "Heure de pelle mécanique 15 t avec chauffeur", "h", "", ""],
              ["210", "Heure de main-d'œuvre (ouvrier qualifié)", "h", "", ""],
              ["220", "Heure de main-d'œuvre de nuit ou de week-end", "h", "", ""],
              ["300", "Majoration intervention d'urgence sous 2 heures", "forfait", "", ""]],
             widths=[0.5, 3.5, 0.8, 1.2, 1.6], align="lllrl"),
        P("Le candidat :                                  Date et signature :"),
    ]
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE – BOAMP", "Syndicat intercommunal des eaux du Val d'Ournay"),
        P("Nom et adresse officiels de l'acheteur : SIEVO, 5 route de Vesles, 89420 Ournay-la-Côte."),
        P("Objet du marché : Travaux de renouvellement et de renforcement des réseaux d'eau potable."),
        P("Type de procédure : procédure adaptée ouverte. Forme : accords-cadres à bons de commande."),
        P("Catégorie : travaux. CPV : 45232150."),
        P("Lots : 2 (lot 1 secteur Nord ; lot 2 secteur Sud)."),
        P("Valeur estimée hors TVA : 2 100 000 euros pour la durée maximale, les deux lots réunis."),
        P("Conditions d'exécution : clause d'insertion sociale, heures annuelles par lot ; tri et valorisation des "
          "déblais."),
        P("Critères : prix 60 ; valeur technique 40."),
        P("Date limite de réception des offres : 5 juin 2026 à 12 h 00."),
        P("Renseignements : M. Éloi Carrère, directeur technique, 03 86 55 40 12."),
    ]
    return dict(
        id="d08", title="SIEVO – travaux sur réseaux d'eau potable (accords-cadres, 2 lots, heures par année)",
        pieces=[
            PIECE("RC_SIEVO-AC-2026-02.pdf", "RC", hd, "SIEVO-AC-2026-02 – RC", rc,
                  L(clause_sociale=1, clause_insertion=1, allotissement=1, nb_lots=2,
                    evidence=["doivent exécuter un volume d'heures d'insertion", "La consultation est allotie géographiquement",
                              "lot 2 – secteur Sud"])),
            PIECE("CCAP_SIEVO-AC-2026-02.docx", "CCAP", hd + " – CCAP", "CCAP SIEVO-AC-2026-02", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, clause_environnementale=1,
                    allotissement=1, nb_lots=2, montant_max_ht=2800000,
                    evidence=["réserve à des publics en insertion une partie des heures travaillées",
                              "Ensemble 600 600 600 600 2400", "Deux accords-cadres",
                              "à 400 000 € HT pour le lot 1 et à 300 000 € HT pour le lot 2",
                              "[(400 000 + 300 000) × 4 périodes = 2 800 000]", "Les déblais sont triés sur le chantier"])),
            PIECE("BPU_lot1_SIEVO-AC-2026-02.pdf", "BPU", hd + " – BPU lot 1", "BPU lot 1", bpu,
                  L(allotissement=1, evidence=["LOT 1 (SECTEUR NORD)"])),
            PIECE("avis_SIEVO-AC-2026-02.txt", "AVIS", "", "", avis,
                  L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=2,
                    montant_estime_ht=2100000,
                    evidence=["clause d'insertion sociale, heures annuelles par lot", "tri et valorisation des déblais",
                              "Lots : 2", "Valeur estimée hors TVA : 2 100 000 euros"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=2400, allotissement=1, nb_lots=2, montant_estime_ht=2100000, montant_max_ht=2800000),
        note="Heures par lot et par année (colonnes Année 1 à 4, total 2400 sans séparateur). Maximum par période "
             "annuelle et par lot sans total écrit : (400 000 + 300 000) × 4 = 2 800 000. Estimation distincte "
             "(avis) 2 100 000. Pièges : 2 heures, 24 h/24, 6 heures, 100 € par heure de retard, heures de pelle et "
             "de main-d'œuvre au BPU, 23 communes, Ø 250 mm.")


# d09 -------------------------------------------------------------------------------
def d09():
    hd = "Université de Castelrouge – Entretien des espaces verts des campus"
    rc = [
        TITLE("UNIVERSITÉ DE CASTELROUGE", "Entretien des espaces verts et des arbres des campus",
              "Accords-cadres à bons de commande – procédure adaptée", "RÈGLEMENT DE CONSULTATION N° UC-DPIL-26-09"),
        H("1 – Acheteur"),
        P("Université de Castelrouge, établissement public à caractère scientifique, culturel et professionnel, "
          "direction du patrimoine immobilier et de la logistique, 12 cours Pasteur, 81100 Castelrouge."),
        H("2 – Objet et lots"),
        P("Entretien des espaces verts du campus Pasteur, du campus des Carmes et du site de l'IUT. La consultation "
          "se décompose en trois lots :"),
        LST(["lot 1 : entretien courant des espaces verts du campus Pasteur (14 ha) ;",
             "lot 2 : entretien courant des espaces verts du campus des Carmes et de l'IUT (9 ha) ;",
             "lot 3 : ramassage des feuilles, désherbage manuel et petits travaux de propreté des abords – lot "
             "réservé."]),
        H("3 – Réservation du lot 3"),
        P("Le lot 3 est réservé, en application de l'article L2113-13 du code de la commande publique, aux "
          "structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code du travail "
          "et aux structures équivalentes."),
        H("4 – Durée"),
        P("Les accords-cadres sont conclus pour une durée ferme de quatre ans à compter du 1er septembre 2026."),
        H("5 – Jugement des offres"),
        LST(["Lots 1 et 2 : prix 50 % ; valeur technique 35 % ; méthodes de gestion écologique (absence de produits "
             "phytosanitaires, gestion différenciée, valorisation des déchets verts) 15 %.",
             "Lot 3 : prix 40 % ; valeur technique 40 % ; qualité de l'accompagnement socioprofessionnel des "
             "salariés en parcours 20 %."]),
        H("6 – Remise"),
        P("Date limite : 12 juin 2026 à 16 h sur https://marchespublics.univ-castelrouge.fr."),
    ]
    ccap = [
        TITLE("Université de Castelrouge", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Entretien des espaces verts et des arbres des campus", "UC-DPIL-26-09 – lots 1, 2 et 3"),
        H("Article 1 – Forme des accords-cadres"),
        P("Trois accords-cadres à bons de commande, un par lot, conclus avec un seul opérateur économique."),
        H("Article 2 – Montants maximums"),
        P("Sur la durée totale de quatre ans, les montants maximums HT sont les suivants :"),
        TAB([["Lot", "Désignation", "Maximum HT (4 ans)"],
             ["1", "Campus Pasteur", "280 000 €"],
             ["2", "Campus des Carmes et IUT", "190 000 €"],
             ["3", "Propreté des abords (lot réservé aux SIAE)", "120 000 €"]], lines=False, widths=[0.6, 4, 2], align="llr"),
        H("Article 3 – Exécution"),
        P("Les bons de commande sont transmis par courriel. Les interventions ont lieu entre 7 h et 19 h, en dehors "
          "des périodes d'examens signalées par l'université ; les abattages d'urgence sont effectués dans les "
          "12 heures suivant l'appel."),
        H("Article 4 – Gestion écologique"),
        P("Aucun produit phytosanitaire de synthèse n'est employé. Les déchets verts sont broyés sur place et "
          "réutilisés en paillage ou déposés sur la plate-forme de compostage du campus Pasteur."),
        H("Article 5 – Insertion professionnelle (lots 1 et 2)"),
        P("Le titulaire de chacun des lots 1 et 2 s'engage à confier à des personnes éloignées de l'emploi un "
          "nombre minimal d'heures de travail sur la durée de l'accord-cadre :"),
        TAB([["Lot", "Intitulé", "Heures sur 4 ans"],
             ["1", "Campus Pasteur", "800"],
             ["2", "Campus des Carmes et IUT", "520"],
             ["3", "Propreté des abords", "sans objet (lot réservé)"]], lines=False, widths=[0.6, 4, 2], align="llr"),
        P("Le titulaire remet un bilan annuel. Chaque heure non réalisée sans motif légitime donne lieu à une "
          "pénalité de 35 € HT."),
        H("Article 6 – Prix et règlement"),
        P("Prix unitaires du BPU révisés annuellement (indice ICHT-E espaces verts). Paiement à 30 jours."),
    ]
    cctp = [
        TITLE("Université de Castelrouge", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", "Lots 1 et 2 – entretien courant",
              "UC-DPIL-26-09"),
        H("1. Prestations"),
        P("Tonte différenciée (prairies fauchées deux fois par an, pelouses d'agrément tondues toutes les deux "
          "semaines d'avril à octobre), taille des haies, entretien des massifs, arrosage des plantations de "
          "moins de trois ans, ramassage des déchets sur les pelouses."),
        H("2. Calendrier"),
        P("Les tontes sont réalisées du lundi au vendredi de 7 h à 12 h aux abords des amphithéâtres. Aucune "
          "intervention motorisée n'est admise pendant les épreuves écrites."),
        H("3. Matériels"),
        P("Souffleurs et taille-haies sur batterie aux abords des bâtiments d'enseignement ; le titulaire utilise "
          "des huiles de chaîne biodégradables."),
        H("4. Rendu compte"),
        P("Un cahier de suivi numérique est tenu à jour ; réponse aux réclamations sous 48 heures."),
    ]
    qr = [
        TITLE("Université de Castelrouge", "Questions des candidats – Réponses de l'université", "UC-DPIL-26-09"),
        P("1) Une entreprise d'insertion peut-elle candidater aux lots 1 et 2 ?"),
        P("Oui. Les lots 1 et 2 sont ouverts à tous les opérateurs ; seul le lot 3 est réservé aux SIAE."),
        P("2) Les heures d'insertion des lots 1 et 2 sont-elles annuelles ?"),
        P("Non : les volumes de 800 heures (lot 1) et de 520 heures (lot 2) s'entendent pour toute la durée de "
          "quatre ans de l'accord-cadre."),
        P("3) Le montant maximum du lot 3 comprend-il la TVA ?"),
        P("Non, il s'entend hors taxes."),
    ]
    return dict(
        id="d09", title="Université de Castelrouge – espaces verts (3 lots, lot 3 réservé SIAE, heures sans total)",
        pieces=[
            PIECE("RC_UC-DPIL-26-09.pdf", "RC", hd, "RC UC-DPIL-26-09", rc,
                  L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", critere_environnemental=1,
                    allotissement=1, nb_lots=3,
                    evidence=["qualité de l'accompagnement socioprofessionnel des salariés en parcours 20 %",
                              "Le lot 3 est réservé, en application de l'article L2113-13",
                              "méthodes de gestion écologique", "se décompose en trois lots"]), cols=2, hyphen=True),
            PIECE("CCAP_UC-DPIL-26-09.pdf", "CCAP", hd + " – CCAP", "CCAP UC-DPIL-26-09", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1320, marche_reserve=1,
                    reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
                    montant_max_ht=590000,
                    evidence=["s'engage à confier à des personnes éloignées de l'emploi",
                              "[800 (lot 1) + 520 (lot 2) = 1 320 ; 280 000 + 190 000 + 120 000 = 590 000]",
                              "Trois accords-cadres", "lot réservé aux SIAE", "Aucun produit phytosanitaire de synthèse"])),
            PIECE("CCTP_UC-DPIL-26-09.docx", "CCTP", hd + " – CCTP", "CCTP lots 1 et 2", cctp,
                  L(clause_environnementale=1, allotissement=1,
                    evidence=["huiles de chaîne biodégradables", "Lots 1 et 2 – entretien courant"])),
            PIECE("QR_UC-DPIL-26-09.pdf", "QR", hd + " – Q/R", "Réponses aux candidats", qr,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1320, marche_reserve=1,
                    reserve_base="L2113-13", allotissement=1,
                    evidence=["800 heures (lot 1) et de 520 heures (lot 2)", "[somme 1 320]",
                              "seul le lot 3 est réservé aux SIAE"])),
        ],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=1320, allotissement=1, nb_lots=3, montant_max_ht=590000, reserve_base="L2113-13"),
        computed=("heures_insertion", "montant_max_ht"),
        note="Tableaux sans filets, numéros de lot nus (« 1 », « 2 », « 3 »), sans ligne de total : heures 800 + 520 "
             "= 1 320 (lot 3 réservé « sans objet ») ; maximum 280 000 + 190 000 + 120 000 = 590 000. Lot 3 réservé "
             "SIAE (L2113-13). Le CCAP ne cite pas l'article mais écrit « lot réservé aux SIAE » : "
             "L2113-13 par les mots. Pièges : 7 h – 19 h, 12 heures, 48 heures, 35 € par heure non réalisée, 14 ha.")


# d10 (archive ZIP) -----------------------------------------------------------------
def d10():
    hd = "Communauté de communes du Haut-Vallon de la Sorme – Maison de santé"
    base = "DCE_CCHVS_MSP/"
    rc = [
        TITLE("COMMUNAUTÉ DE COMMUNES DU HAUT-VALLON DE LA SORME", "Construction d'une maison de santé pluriprofessionnelle à Bréville-sur-Sorme",
              "Marchés publics de travaux – procédure adaptée", "RÈGLEMENT DE LA CONSULTATION", "Réf. CCHVS-2026-MSP"),
        P("Maître d'ouvrage : Communauté de communes du Haut-Vallon de la Sorme, 1 rue de la Tannerie, 71460 "
          "Bréville-sur-Sorme. Maître d'œuvre : SCP Lamarche & Daviet, architectes DPLG."),
        ("pagebreak",),
        H("Article 1 – Objet"),
        P("Construction d'une maison de santé de 640 m² (cabinets médicaux, kinésithérapie, pôle infirmier) et de "
          "ses abords (parking de 32 places)."),
        H("Article 2 – Allotissement – estimation"),
        P("Les travaux sont répartis en 7 lots. Le lot 3 comporte une prestation supplémentaire éventuelle (PSE) "
          "que les candidats sont tenus de chiffrer."),
        RTAB([["Lot", "Intitulé", "Solution de base € HT", "PSE € HT", "Total € HT"],
              ["Lot n°1", "VRD – gros œuvre", "820 000", "", "820 000"],
              ["Lot n°2", "Charpente – couverture – bardage", "265 000", "", "265 000"],
              ["Lot n°3", "Menuiseries extérieures (PSE : brise-soleil orientables)", "198 000", "38 000", "236 000"],
              ["Lot n°4", "Plâtrerie – menuiseries intérieures", "276 000", "", "276 000"],
              ["Lot n°5", "Électricité", "186 000", "", "186 000"],
              ["Lot n°6", "Plomberie – chauffage – ventilation", "248 000", "", "248 000"],
              ["Lot n°7", "Peinture – revêtements de sols", "147 000", "", "147 000"],
              ["", "Total", "2 140 000", "38 000", "2 178 000"]],
             widths=[0.9, 3, 1.3, 0.9, 1.1], align="llrrr", bold_last=True),
        H("Article 3 – Délais"),
        P("Onze mois à compter de l'ordre de service de démarrage, préparation comprise."),
        H("Article 4 – Critères"),
        P("Prix 60 % ; valeur technique 40 % (méthodologie 20 %, planning 10 %, fiches produits 10 %)."),
        H("Article 5 – Exécution"),
        P("Une clause d'insertion sociale s'impose aux titulaires des lots 1, 2, 4 et 7 (CCAP, article 8). Le "
          "chantier respecte la charte « chantier propre » de la communauté de communes."),
        H("Article 6 – Remise des offres"),
        P("Avant le 22 mai 2026, 12 h, sur la plate-forme https://marches-bourgogne-sud.fr."),
    ]
    ccap = [
        TITLE("CC du Haut-Vallon de la Sorme", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Maison de santé pluriprofessionnelle de Bréville-sur-Sorme", "CCHVS-2026-MSP"),
        H("Article 1 – Objet"),
        P("Le présent CCAP est commun aux sept lots de l'opération."),
        H("Article 2 – Pièces"),
        P("AE et annexes, CCAP, CCTP, DPGF, planning, charte chantier propre, CCAG-Travaux."),
        H("Article 3 – Prix"),
        P("Prix global et forfaitaire, ferme et actualisable (index BT01)."),
        H("Article 4 – Délais et pénalités"),
        P("Pénalité de retard : 250 € HT par jour calendaire. Les travaux bruyants sont interdits avant 7 h 30 "
          "et après 18 h 30 ; les réserves sont levées sous 15 jours."),
        H("Article 5 – Retenue de garantie"),
        P("Une retenue de garantie de 5 % est prélevée sur les acomptes."),
        H("Article 6 – Charte chantier propre"),
        P("Les entreprises assurent le tri sélectif de leurs déchets dans les bennes mises en place par le lot 1, "
          "limitent les emballages livrés sur le chantier et reprennent leurs palettes."),
        H("Article 7 – Avance"),
        P("Avance de 5 % du montant initial, sauf renonciation."),
        H("Article 8 – Conditions d'exécution à caractère social"),
        H2("8.1 Objet de l'engagement"),
        P("Les titulaires des lots concernés mettent en œuvre une action d'insertion permettant l'accès ou le "
          "retour à l'emploi de personnes rencontrant des difficultés sociales et professionnelles, par embauche "
          "directe, mise à disposition ou sous-traitance à une structure d'insertion."),
        H2("8.2 Répartition"),
        TAB([["Lot", "Intitulé", "Nombre d'heures"],
             ["Lot n°1", "VRD – gros œuvre", "620"], ["Lot n°2", "Charpente – couverture – bardage", "240"],
             ["Lot n°3", "Menuiseries extérieures", "-"], ["Lot n°4", "Plâtrerie – menuiseries intérieures", "310"],
             ["Lot n°5", "Électricité", "-"], ["Lot n°6", "Plomberie – chauffage – ventilation", "-"],
             ["Lot n°7", "Peinture – revêtements de sols", "180"], ["Total", "", "1350"]],
            lines=False, widths=[1.1, 4, 1.4], align="llr"),
        H2("8.3 Suivi"),
        P("Un état mensuel des heures réalisées est adressé au chargé de mission clauses sociales de la Maison de "
          "l'emploi du Chalonnais. L'absence de production de cet état est sanctionnée par une pénalité de 100 € "
          "par mois de retard."),
    ]
    ae = [
        TITLE("CC DU HAUT-VALLON DE LA SORME", "ACTE D'ENGAGEMENT", "Lot n 3 - Menuiseries exterieures",
              "Maison de sante pluriprofessionnelle - CCHVS-2026-MSP"),
        H("Article 1 - Contractant"),
        P("Je soussigne ............................, agissant au nom de la societe ............................, "
          "m'engage sur la base de mon offre a executer les travaux du lot n 3 dans les conditions du CCAP."),
        H("Article 2 - Prix"),
        P("Solution de base : ................ EUR HT. PSE brise-soleil orientables : ................ EUR HT. "
          "Total avec PSE : ................ EUR HT."),
        H("Article 3 - Delai"),
        P("Le delai d'execution du lot est fixe par le calendrier general ; la pose des menuiseries intervient "
          "entre les semaines 18 et 24."),
        H("Article 4 - Clause sociale"),
        P("Le lot 3 n'est pas concerne par la clause d'insertion de l'article 8 du CCAP."),
        H("Article 5 - Paiement"),
        P("Virement au compte : IBAN ..................................  BIC ............"),
        P("Fait a ..................... le ....................   Signature :"),
    ]
    dpgf = [
        TITLE("CC du Haut-Vallon de la Sorme", "DPGF – LOT N°1 VRD – GROS ŒUVRE", "CCHVS-2026-MSP"),
        RTAB([["Code", "Désignation", "U", "Quantité", "P.U. HT", "Total HT"],
              ["1.1", "Installation de chantier, bennes de tri communes", "ft", "1", "", ""],
              ["1.2", "Terrassements en pleine masse", "m³", "860", "", ""],
              ["1.3", "Semelles filantes béton armé", "m³", "74", "", ""],
              ["1.4", "Dallage sur terre-plein ép. 15 cm", "m²", "655", "", ""],
              ["1.5", "Élévations en blocs béton de 20", "m²", "520", "", ""],
              ["1.6", "Location de grue à tour (par semaine)", "sem", "14", "", ""],
              ["1.7", "Heure de manœuvre en régie", "h", "40", "", ""],
              ["1.8", "Enrobés du parking", "m²", "1 020", "", ""]],
             widths=[0.6, 3.6, 0.5, 0.9, 1, 1.1], align="lllrrr"),
        P("Total HT : ..........   TVA 20 % : ..........   TTC : .........."),
    ]
    return dict(
        id="d10", zip=True,
        title="CC du Haut-Vallon de la Sorme – maison de santé (archive ZIP, 7 lots, PSE, heures « Répartition »)",
        pieces=[
            PIECE(base + "01_Reglement/RC_MSP.pdf", "RC", hd, "RC – CCHVS-2026-MSP", rc,
                  L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=1, nb_lots=7,
                    montant_estime_ht=2178000,
                    evidence=["Une clause d'insertion sociale s'impose aux titulaires des lots 1, 2, 4 et 7",
                              "répartis en 7 lots", "Total 2 140 000 38 000 2 178 000",
                              "respecte la charte « chantier propre »"])),
            PIECE(base + "02_Administratif/CCAP_MSP.pdf", "CCAP", hd, "CCAP – CCHVS-2026-MSP", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=1350, clause_environnementale=1,
                    allotissement=1, nb_lots=7,
                    evidence=["mettent en œuvre une action d'insertion", "Total 1350", "commun aux sept lots",
                              "assurent le tri sélectif de leurs déchets"])),
            PIECE(base + "02_Administratif/AE_lot03_MSP.docx", "AE", "CCHVS-2026-MSP - AE lot 3", "AE lot 3", ae,
                  L(allotissement=1, evidence=["Lot n 3 - Menuiseries exterieures"])),
            PIECE(base + "03_Technique/DPGF/DPGF_lot01_MSP.pdf", "DPGF", hd + " – DPGF lot 1", "DPGF lot 1", dpgf,
                  L(allotissement=1, evidence=["DPGF – LOT N°1 VRD – GROS ŒUVRE"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=1350, allotissement=1, nb_lots=7, montant_estime_ht=2178000),
        note="Archive ZIP (arborescence DCE_CCHVS_MSP/…). Heures sous « 8.2 Répartition » (titre sans le mot "
             "insertion, article « Conditions d'exécution à caractère social »), tableau sans filets, lots 3, 5, 6 "
             "« - », Total 1350 sans séparateur. Estimation : la valeur totale estimée comprend la PSE du lot 3 "
             "(2 178 000) ; solution de base seule 2 140 000 (piège). AE exporté sans accents ; il déclare le lot 3 "
             "non concerné par l'insertion (0). Pièges : 250 € par jour, 7 h 30 / 18 h 30, heure de manœuvre au DPGF.")


# d11 -------------------------------------------------------------------------------
def d11():
    hd = "SDIS de l'Orbanne – Équipements de protection individuelle"
    rc = [
        TITLE("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE L'ORBANNE", "Fourniture d'équipements de protection individuelle et d'habillement",
              "Accords-cadres à bons de commande – appel d'offres ouvert", "RC – consultation 2026-GRPT-004"),
        H("1. Objet"),
        P("Fourniture de vêtements et d'équipements de protection individuelle pour les 1 850 sapeurs-pompiers "
          "professionnels et volontaires du SDIS de l'Orbanne."),
        H("2. Allotissement"),
        LST(["L1 – Vestes et surpantalons d'intervention textile", "L2 – Tenues de service et d'intervention (F1)",
             "L3 – Casques de protection et cagoules", "L4 – Gants d'intervention et de secours routier",
             "L5 – Bottes et rangers d'intervention"]),
        P("Soit cinq lots, chacun faisant l'objet d'un accord-cadre mono-attributaire."),
        H("3. Durée"),
        P("Période initiale d'un an à compter de la notification, reconductible trois fois."),
        H("4. Critères d'attribution"),
        LST(["Valeur technique (essais, ergonomie, confort thermique) : 45 %", "Prix : 40 %",
             "Performance environnementale de l'offre (part de matières recyclées, emballages, transport) : 10 %",
             "Délais de livraison : 5 %"]),
        H("5. Échantillons et essais"),
        P("Les échantillons sont remis au groupement logistique, 8 rue des Casernes, Sainte-Orbe, du lundi au "
          "jeudi de 9 h à 16 h. Des essais de port de 30 heures sont organisés dans deux centres de secours."),
        H("6. Date limite"),
        P("Le 29 mai 2026 à 12 h."),
    ]
    ccap = [
        TITLE("SDIS de l'Orbanne", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "EPI et habillement – Lots L1 à L5", "Consultation 2026-GRPT-004"),
        H("Article 1 – Objet"),
        P("Accords-cadres de fournitures à bons de commande pour les cinq lots définis au RC, conclus pour une "
          "période initiale d'un an, reconductible trois fois par période d'un an."),
        H("Article 2 – Montants maximums"),
        P("Les accords-cadres sont conclus sans minimum. Le maximum est fixé par période (période initiale puis "
          "chaque période de reconduction) :"),
        RTAB([["Lot", "Désignation", "Maximum par période annuelle (€ HT)"],
              ["L1", "Vestes et surpantalons textile", "45000"], ["L2", "Tenues F1", "30000"],
              ["L3", "Casques et cagoules", "60000"], ["L4", "Gants", "22000"], ["L5", "Bottes et rangers", "18000"]],
             widths=[0.6, 3, 2.2], align="llr"),
        H("Article 3 – Livraisons"),
        P("Délai de livraison : 30 jours ; 72 heures pour les dotations de remplacement après intervention. "
          "Livraison franco au groupement logistique."),
        H("Article 4 – Traçabilité sociale de la fabrication"),
        P("Le titulaire s'engage à ce que les EPI et vêtements soient fabriqués dans des conditions respectant les "
          "huit conventions fondamentales de l'OIT. Il transmet chaque année la liste des usines de confection et "
          "le résultat des audits sociaux réalisés."),
        H("Article 5 – Prix"),
        P("Prix unitaires fermes pour la période initiale, révisables ensuite (plafond 2,5 % par an)."),
        H("Article 6 – Garantie"),
        P("Garantie de deux ans pièces et main-d'œuvre ; remplacement sous 10 jours."),
        H("Article 7 – Pénalités"),
        P("Retard : 1/1000e du bon de commande par jour. Astreinte du service après-vente 24 h/24 en période de "
          "feux de forêts."),
    ]
    bpu = [
        TITLE("SDIS de l'Orbanne", "BORDEREAU DES PRIX UNITAIRES", "Lot L2 – Tenues de service et d'intervention (F1)",
              "2026-GRPT-004"),
        RTAB([["Réf.", "Article", "Unité", "PU HT", "PU TTC"],
              ["L2-01", "Veste F1 marine, bandes rétroréfléchissantes", "pièce", "", ""],
              ["L2-02", "Pantalon F1 marine", "pièce", "", ""],
              ["L2-03", "Polo manches courtes", "pièce", "", ""],
              ["L2-04", "Tee-shirt technique", "pièce", "", ""],
              ["L2-05", "Ceinturon d'intervention", "pièce", "", ""],
              ["L2-06", "Broderie « SAPEURS-POMPIERS ORBANNE »", "unité", "", ""]],
             widths=[0.8, 3.6, 0.8, 1, 1], align="lllrr"),
        P("Le candidat indique la marque et la référence de chaque article dans le cadre technique."),
    ]
    qr = [
        TITLE("SDIS de l'Orbanne", "Questions / réponses n°1", "Consultation 2026-GRPT-004"),
        P("Question : Bonjour, pouvez vous preciser si le délai de 72 heures s'applique aussi aux bottes (lot L5) ?"),
        P("Réponse : Oui, pour les dotations de remplacement uniquement. Les commandes courantes restent livrées "
          "sous 30 jours."),
        P("Question : le maximum du lot L3 (60000 € HT) est il annuel ?"),
        P("Réponse : Oui, il s'applique à chaque période d'exécution d'un an."),
        P("Question : Y a t'il une clause d'insertion dans ce marché ?"),
        P("Réponse : Non, aucune heure d'insertion n'est demandée pour ces fournitures."),
    ]
    return dict(
        id="d11", title="SDIS de l'Orbanne – EPI et habillement (5 lots, maxima par période sans total)",
        pieces=[
            PIECE("RC_2026-GRPT-004.pdf", "RC", hd, "RC 2026-GRPT-004", rc,
                  L(critere_environnemental=1, allotissement=1, nb_lots=5,
                    evidence=["Performance environnementale de l'offre (part de matières recyclées, emballages, transport) : 10 %",
                              "Soit cinq lots"])),
            PIECE("CCAP_2026-GRPT-004.pdf", "CCAP", hd + " – CCAP", "CCAP 2026-GRPT-004", ccap,
                  L(clause_sociale=1, allotissement=1, nb_lots=5, montant_max_ht=700000,
                    evidence=["respectant les huit conventions fondamentales de l'OIT", "pour les cinq lots",
                              "Maximum par période annuelle (€ HT)",
                              "[(45000 + 30000 + 60000 + 22000 + 18000) × 4 périodes = 700 000]"])),
            PIECE("BPU_L2_2026-GRPT-004.docx", "BPU", hd + " – BPU L2", "BPU lot L2", bpu,
                  L(allotissement=1, evidence=["Lot L2 – Tenues de service et d'intervention (F1)"])),
            PIECE("QR_2026-GRPT-004.docx", "QR", hd + " – Q/R", "Questions-réponses", qr,
                  L(allotissement=1, evidence=["(lot L5)"])),
        ],
        pos=["clause_sociale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=5, montant_max_ht=700000),
        note="Maxima par lot et par période annuelle sans séparateur de milliers ni total : 175 000 × 4 périodes "
             "(initiale + trois reconductions) = 700 000. Q/R : aucune insertion. Pièges : 72 heures, 30 heures "
             "d'essais, 24 h/24, 1 850 sapeurs-pompiers, maximum annuel du lot L3 au Q/R. Le Q/R pose le maximum du "
             "lot L3 mais ne donne pas le total : montant_max_ht vide pour cette pièce.")


# d12 -------------------------------------------------------------------------------
def d12():
    hd = "CCAS de Pontarlieu – Portage de repas à domicile"
    rc = [
        TITLE("CENTRE COMMUNAL D'ACTION SOCIALE DE PONTARLIEU", "Confection et livraison de repas à domicile",
              "Marché public de services – procédure adaptée (accord-cadre à bons de commande)",
              "Règlement de la consultation n° CCAS-2026-03"),
        H("Article 1 – Objet"),
        P("Confection en liaison froide et livraison au domicile des bénéficiaires d'environ 190 repas par jour, "
          "365 jours par an, avec prise en compte des régimes prescrits."),
        H("Article 2 – Allotissement"),
        P("Le marché n'est pas alloti : la confection et la livraison forment une prestation indissociable dont la "
          "séparation compromettrait le respect de la chaîne du froid et la responsabilité sanitaire."),
        H("Article 3 – Durée et montants"),
        P("Accord-cadre d'un an à compter du 1er janvier 2027, reconductible deux fois. La valeur estimée du "
          "besoin est de 234 000 € HT sur trois ans ; le montant maximum est fixé au CCAP."),
        H("Article 4 – Critères"),
        LST(["Qualité gustative et nutritionnelle (commission de dégustation) : 40 %", "Prix du repas : 40 %",
             "Organisation de la livraison et lien avec les bénéficiaires : 20 %"]),
        H("Article 5 – Dépôt"),
        P("Les offres sont déposées sur https://pontarlieu.marches-securises.fr avant le 2 octobre 2026 à 12 h."),
    ]
    ccap = [
        TITLE("CCAS de Pontarlieu", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES",
              "Confection et livraison de repas à domicile", "CCAS-2026-03"),
        H("Article 1 – Forme du marché"),
        P("Accord-cadre mono-attributaire à bons de commande, non alloti, sans montant minimum."),
        H("Article 2 – Montant maximum"),
        P("Le montant maximum des commandes est de 95 000 € HT par année d'exécution, soit 285¦SB¦000 € HT sur la "
          "durée maximale de trois ans."),
        H("Article 3 – Livraisons"),
        P("Les repas sont livrés entre 8 h et 12 h ; le portage du samedi inclut les repas du dimanche. Toute "
          "absence signalée avant 10 h la veille n'est pas facturée."),
        H("Article 4 – Conditions d'exécution environnementales"),
        P("Les repas sont conditionnés dans des contenants réutilisables consignés ou, à défaut, compostables. "
          "Les véhicules de livraison affectés au marché sont électriques ou au biogaz à compter de la première "
          "reconduction."),
        H("Article 5 – Insertion professionnelle"),
        P("Le titulaire consacre à l'emploi de personnes en difficulté d'insertion (bénéficiaires du RSA, "
          "chômeurs de longue durée, jeunes suivis par la mission locale) 180 heu¦HY¦res de travail par an, soit "
          "540 heu¦HY¦res sur la durée maximale du marché, sur les postes de livraison ou de conditionnement."),
        P("Le référent insertion du PLIE de Pontarlieu accompagne le titulaire. En cas de défaillance, une "
          "pénalité de 25 € HT par heure non effectuée est appliquée."),
        H("Article 6 – Prix"),
        P("Prix unitaires révisés chaque 1er janvier par l'indice des prix à la consommation, repas pris à "
          "l'extérieur."),
        H("Article 7 – Pénalités"),
        P("Retard de livraison de plus de 2 heures : 15 € par repas. Rupture de la chaîne du froid : 500 € par "
          "constat."),
    ]
    bpu = [
        TITLE("CCAS de Pontarlieu", "BORDEREAU DES PRIX UNITAIRES", "Repas à domicile – CCAS-2026-03"),
        RTAB([["N°", "Prestation", "Unité", "Prix HT"],
              ["1", "Repas standard (entrée, plat, laitage, dessert, pain)", "repas", ""],
              ["2", "Repas à régime (diabétique, sans sel, mixé)", "repas", ""],
              ["3", "Potage du soir", "portion", ""],
              ["4", "Supplément livraison en urgence sous 2 heures", "livraison", ""],
              ["5", "Collation", "unité", ""]], widths=[0.5, 4.2, 1, 1], align="lllr"),
        P("Les prix comprennent la livraison au domicile et la reprise des contenants."),
    ]
    avis = [
        TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "CCAS de Pontarlieu"),
        P("Acheteur : Centre communal d'action sociale de Pontarlieu, 6 place de l'Hôtel-de-Ville, 62880 Pontarlieu."),
        P("Objet : confection et livraison de repas à domicile. Accord-cadre à bons de commande. CPV 55521100."),
        P("Allotissement : non."),
        P("Durée : un an reconductible deux fois. Montant maximum : 285 000 € HT pour la durée totale."),
        P("Conditions d'exécution : clause d'insertion professionnelle de personnes éloignées de l'emploi ; "
          "contenants réutilisables et véhicules à faibles émissions."),
        P("Critères : qualité 40 %, prix 40 %, organisation de la livraison 20 %."),
        P("Remise des offres : 02/10/2026 à 12 h. Publication : 28/08/2026."),
    ]
    return dict(
        id="d12", title="CCAS de Pontarlieu – portage de repas (non alloti, heures par an et total sur la durée)",
        pieces=[
            PIECE("RC_CCAS-2026-03.docx", "RC", hd, "RC CCAS-2026-03", rc,
                  L(allotissement=0, montant_estime_ht=234000,
                    evidence=["Le marché n'est pas alloti", "La valeur estimée du besoin est de 234 000 € HT sur trois ans"])),
            PIECE("CCAP_CCAS-2026-03.pdf", "CCAP", hd + " – CCAP", "CCAP CCAS-2026-03", ccap,
                  L(clause_sociale=1, clause_insertion=1, heures_insertion=540, clause_environnementale=1,
                    allotissement=0, montant_max_ht=285000,
                    evidence=["soit 540 heures sur la durée maximale du marché", "non alloti",
                              "soit 285 000 € HT sur la durée maximale de trois ans",
                              "conditionnés dans des contenants réutilisables"]), hyphen=True),
            PIECE("BPU_CCAS-2026-03.pdf", "BPU", hd + " – BPU", "BPU CCAS-2026-03", bpu, L()),
            PIECE("avis_CCAS-2026-03.txt", "AVIS", "", "", avis,
                  L(clause_sociale=1, clause_insertion=1, clause_environnementale=1, allotissement=0,
                    montant_max_ht=285000,
                    evidence=["clause d'insertion professionnelle de personnes éloignées de l'emploi",
                              "contenants réutilisables et véhicules à faibles émissions", "Allotissement : non",
                              "Montant maximum : 285 000 € HT pour la durée totale"])),
        ],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        values=V(heures_insertion=540, allotissement=0, montant_estime_ht=234000, montant_max_ht=285000),
        note="Heures par an (180) avec total écrit sur la durée (540). Estimation (RC, 234 000) et maximum (CCAP et "
             "avis, 285 000) distincts ; maximum annuel 95 000 (piège). Non alloti. Pièges : livraison 8 h – 12 h, "
             "2 heures, 25 € par heure non effectuée, 190 repas par jour.")
DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12]


# ============================================================================= contrôles et construction
_DOC_TYPES = {"RC", "CCAP", "CCTP", "AE", "BPU", "DPGF", "DQE", "AVIS", "QR", "FORM", "CADRE", "AUTRE"}
_BASES = {"L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"}
_CATEGORIES = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
               "clause_environnementale", "critere_environnemental")
_EXPECT_KEYS = {"allotissement": "divided", "nb_lots": "lot_count", "montant_estime_ht": "estimated_ht",
                "montant_max_ht": "max_ht", "heures_insertion": "insertion_hours", "reserve_base": "reservation_bases"}
FIXED = (2026, 1, 1, 0, 0, 0)


def build_xml(path, root_el):
    from lxml import etree
    data = etree.tostring(root_el, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with open(path, "wb") as f:
        f.write(data)


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
        if r["clause_insertion"] == "1" and r["clause_sociale"] != "1":
            out.append("%s : clause_insertion sans clause_sociale" % r["path"])
        if (r["marche_reserve"] in ("1", "?")) != bool(r["reserve_base"]):
            out.append("%s : marche_reserve / reserve_base" % r["path"])
        for b in filter(None, r["reserve_base"].split(";")):
            if b not in _BASES:
                out.append("%s : base %r" % (r["path"], b))
        for col in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[col] and not re.fullmatch(r"\d+(\.\d+)?", r[col]):
                out.append("%s : %s = %r" % (r["path"], col, r[col]))
    return out


def build_piece(path, p):
    ext = p["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    if ext == "xml":
        build_xml(path, p["blocks"])
        return None
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
    if p["file"].endswith(".xml"):
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


# ----------------------------------------------------------------------------- extraction du texte produit
def extract_text(data, ext):
    """Texte des fichiers produits : pypdf (PDF), python-docx (DOCX, cellules comprises), lxml (XML), brut (TXT)."""
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(pg.extract_text() or "" for pg in r.pages)
    if ext == "docx":
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    seen = []
                    for c in row.cells:
                        if c._tc in seen:
                            continue
                        seen.append(c._tc)
                        parts.append(c.text)
                    parts.append("\n")
                    for c in row.cells:
                        cells(c.tables)
        cells(d.tables)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    if ext == "xml":
        from lxml import etree
        root = etree.fromstring(data)
        return " ".join(t for t in root.itertext())
    return data.decode("utf-8")


def normalise(s, keep_hyphen=False):
    s = s.replace(NB, " ").replace(NNB, " ").replace("\u2009", " ")
    if keep_hyphen:
        s = re.sub(r"-[ \t]*\n[ \t]*", "-", s)
    else:
        s = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=[a-zàâäéèêëîïôöùûüœç])", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_quote(q):
    return re.sub(r"\s+", " ", norm(q)).strip()


# ----------------------------------------------------------------------------- construction
def _expect(d):
    out = {}
    for name, key in _EXPECT_KEYS.items():
        value = d["values"].get(name)
        if key == "divided":
            value = None if value is None else bool(int(value))
        elif key == "reservation_bases":
            value = sorted(value.split(";")) if value else []
        out[key] = value
    out["considerations"] = {c: c in d["pos"] for c in _CATEGORIES}
    return out


def zip_folder(src, dest):
    entries = []
    for root, dirs, files in os.walk(src):
        dirs.sort()
        rel = os.path.relpath(root, src)
        if rel != ".":
            entries.append((rel.replace(os.sep, "/") + "/", None))
        for f in sorted(files):
            entries.append(((os.path.join(rel, f) if rel != "." else f).replace(os.sep, "/"),
                            os.path.join(root, f)))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, full in sorted(entries):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            if full is None:
                zi.external_attr = 0o40755 << 16
                z.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                with open(full, "rb") as fh:
                    z.writestr(zi, fh.read())


def build_all(root, verbose=True):
    out = os.path.join(root, "dossiers")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows, dossiers_yml, problems, kinds, pages = [], [], [], {}, {}
    cuts = []
    for f in DOSSIERS:
        d = f()
        is_zip = d.get("zip", False)
        folder = os.path.join(out, ("_zipwork_" + d["id"]) if is_zip else d["id"])
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
        if d["values"].get("nb_lots") and d["values"].get("allotissement") != 1:
            problems.append("%s : nb_lots sans allotissement (dossier)" % d["id"])
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            path = os.path.join(folder, p["file"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            k0 = len(CUT_LOG)
            n = build_piece(path, p)
            for mark, what, cut in CUT_LOG[k0:]:
                cuts.append("%s/%s %s « %s » : %s" % (d["id"], p["file"], mark, what.replace(NB, " "),
                                                      "coupé" if cut else "entier"))
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 5):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            with open(path, "rb") as fh:
                p["_data"] = fh.read()
        if is_zip:
            zip_folder(folder, os.path.join(out, d["id"] + ".zip"))
            shutil.rmtree(folder)
            zf = zipfile.ZipFile(os.path.join(out, d["id"] + ".zip"))
            prefix = d["id"] + ".zip/"
        else:
            zf = None
            prefix = d["id"] + "/"
        for p in d["pieces"]:
            ext = p["file"].rsplit(".", 1)[1]
            data = zf.read(p["file"]) if zf else open(os.path.join(folder, p["file"]), "rb").read()
            if data != p["_data"]:
                problems.append("%s/%s : contenu différent dans l'archive" % (d["id"], p["file"]))
            raw = extract_text(data, ext)
            t1, t2 = normalise(raw), normalise(raw, keep_hyphen=True)
            lab = dict(p["label"])
            for q in lab["evidence"]:
                if q.startswith("["):
                    continue
                nq = norm_quote(q)
                if nq not in t1 and nq not in t2:
                    problems.append("%s/%s : preuve absente du texte extrait : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm_quote(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s/%s : valeurs sans preuve" % (d["id"], p["file"]))
            for c in _CATEGORIES:
                if lab[c] == 1 and c not in d["pos"]:
                    problems.append("%s/%s : %s=1 absent de pos du dossier" % (d["id"], p["file"], c))
            row = {"path": prefix + p["file"], "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
        for c in d["pos"]:
            if not any(p["label"][c] == 1 for p in d["pieces"]):
                problems.append("%s : %s dans pos sans pièce à 1" % (d["id"], c))
        # valeurs du dossier : chaque valeur doit apparaître dans au moins une pièce, sauf somme notée
        for k in ("heures_insertion", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            v = d["values"].get(k)
            if v is not None and not any(p["label"][k] == v for p in d["pieces"]) and k not in d.get("computed", ()):
                problems.append("%s : %s=%s du dossier absent des pièces" % (d["id"], k, v))
        dossiers_yml.append(dict(
            id=d["id"], title=d["title"],
            pieces=[dict(file=p["file"], doc_type=p["doc_type"]) for p in d["pieces"]],
            pos=d["pos"], values=d["values"], note=d["note"],
            path="dossiers/" + d["id"] + (".zip" if is_zip else ""), expect=_expect(d)))
    with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    import yaml
    head = ("# Jeu blind_values_28 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier (somme des lots, toutes tranches et toutes\n"
            "# années quand un total est écrit ou se déduit) ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE, l'avis ou le registre des questions-réponses\n"
            "# priment sur le CCTP et les bordereaux (voir note).\n")
    with open(os.path.join(root, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    problems.extend(extra_checks(rows))
    if verbose:
        for line in cuts:
            print("  coupure", line)
    stats = "%d dossiers, %d pièces (%s) ; pages des PDF : %s" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items())))
    return problems, stats


def md5_tree(root, files):
    import hashlib
    return {f: hashlib.md5(open(os.path.join(root, f), "rb").read()).hexdigest() for f in files}


def main():
    problems, stats = build_all(HERE)
    files = ["dossiers.yml"]
    for r, ds, fs in os.walk(OUT):
        for f in fs:
            files.append(os.path.relpath(os.path.join(r, f), HERE))
    files.sort()
    tmp = os.path.join(HERE, "_rebuild_tmp")
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    build_all(tmp, verbose=False)
    a, b = md5_tree(HERE, files), md5_tree(tmp, files)
    diff = [f for f in files if a[f] != b[f]]
    shutil.rmtree(tmp)
    for f in diff:
        problems.append("non déterministe : %s" % f)
    print("double construction : %d fichiers comparés (md5), %d différence(s)" % (len(files), len(diff)))
    print("contrôles : preuves retrouvées dans le texte EXTRAIT des fichiers produits (pypdf, python-docx, lxml, "
          "brut ; espaces normalisées, césures de fin de ligne recollées) ; preuves <= 300 caractères ; PDF de 1 à 5 "
          "pages ; 3 à 5 pièces par dossier ; articles sans doublon ; clause_insertion => clause_sociale ; "
          "heures => clause_insertion ; marche_reserve <=> reserve_base ; bases permises ; nb_lots => "
          "allotissement = 1 ; valeurs numériques ; types de pièces ; pos du dossier <=> pièces -> %d problème(s)"
          % len(problems))
    print(stats + " ; nombres coupés en fin de ligne : %d (%d entiers) ; césures forcées : %d (%d entières)" % (
        SB_STATS["cut"] // 2, SB_STATS["whole"] // 2, HY_STATS["cut"] // 2, HY_STATS["whole"] // 2))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
