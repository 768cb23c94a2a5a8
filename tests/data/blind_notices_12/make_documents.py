#!/usr/bin/env python3
"""Construit le jeu scellé blind_notices_12 : 36 avis (XML TED/eForms, TXT, PDF) et documents/labels.csv.

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure PDF/TXT reprise telle quelle de tests/data/blind_values_13/make_documents.py
(lignes 27-43, 70-421 et 503-616 : blocs, mise en page PDF reportlab, build_txt, aides de saisie,
norm, _conv) ; tout le reste (avis, étiquettes, contrôles) est écrit pour ce jeu.

Tous les acheteurs, lieux, références, montants et adresses (domaines .invalid) sont inventés.
Déterministe : pas d'aléa, PDF « invariant » ; le script produit tout deux fois en mémoire et
compare les md5 avant d'écrire. Contrôles : XML bien formé (lxml), chaque citation de la colonne
evidence retrouvée dans le texte du fichier (pypdf pour les PDF, texte d'un élément pour les XML,
espaces normalisés), cohérence des colonnes (LABELS.md).

Usage : /work/main/.venv/bin/python tests/data/blind_notices_12/make_documents.py
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

BR = "¦BR¦"
NB = "\u00a0"
NNB = "\u202f"
SB = "¦SB¦"
SB_STATS = {"cut": 0, "whole": 0}
HY = "¦HY¦"
HY_STATS = {"cut": 0, "whole": 0}
CUT_LOG = []
SET_NAME = "blind_notices_12"
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

# =============================================================================== jeu blind_notices_12
import hashlib
from lxml import etree
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
NOTICES = []


def add(file, kind, content, label, form, note):
    NOTICES.append(dict(file=file, kind=kind, content=content, label=label, form=form, note=note))


# ----------------------------------------------------------------------------- TED R2.0.9
TED_NS = ('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication" '
          'xmlns:n2016="http://publications.europa.eu/resource/schema/ted/2016/nuts" '
          'xsi:schemaLocation="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication TED_EXPORT.xsd"')


def ted(num, oj, pub, td, nature, proc, cpv, cpvlab, town, title, form):
    td_code = {"Avis de marché": "3", "Avis d'attribution de marché": "7", "Rectificatif": "1"}[td]
    nc = {"Services": "4", "Travaux": "1", "Fournitures": "2"}[nature]
    return """<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT %s DOC_ID="%s-2026" EDITION="2026%s">
  <TECHNICAL_SECTION>
    <RECEPTION_ID>26-%s-001</RECEPTION_ID>
    <DELETION_DATE>2027%s</DELETION_DATE>
    <FORM_LG_LIST>FR </FORM_LG_LIST>
    <COMMENTS>From Convertor</COMMENTS>
  </TECHNICAL_SECTION>
  <CODED_DATA_SECTION>
    <REF_OJS><COLL_OJ>S</COLL_OJ><NO_OJ>%s</NO_OJ><DATE_PUB>%s</DATE_PUB></REF_OJS>
    <NOTICE_DATA>
      <NO_DOC_OJS>2026/S %s-%s</NO_DOC_OJS>
      <ORIGINAL_CPV CODE="%s">%s</ORIGINAL_CPV>
      <ISO_COUNTRY VALUE="FR"/>
    </NOTICE_DATA>
    <CODIF_DATA>
      <DS_DATE_DISPATCH>%s</DS_DATE_DISPATCH>
      <AA_AUTHORITY_TYPE CODE="3">Autorité régionale ou locale</AA_AUTHORITY_TYPE>
      <TD_DOCUMENT_TYPE CODE="%s">%s</TD_DOCUMENT_TYPE>
      <NC_CONTRACT_NATURE CODE="%s">%s</NC_CONTRACT_NATURE>
      <PR_PROC CODE="1">%s</PR_PROC>
      <RP_REGULATION CODE="4">Union européenne</RP_REGULATION>
      <DIRECTIVE VALUE="2014/24/EU"/>
    </CODIF_DATA>
  </CODED_DATA_SECTION>
  <TRANSLATION_SECTION>
    <ML_TITLES>
      <ML_TI_DOC LG="FR"><TI_CY>France</TI_CY><TI_TOWN>%s</TI_TOWN><TI_TEXT><P>%s</P></TI_TEXT></ML_TI_DOC>
    </ML_TITLES>
  </TRANSLATION_SECTION>
  <FORM_SECTION>
%s
  </FORM_SECTION>
</TED_EXPORT>
""" % (TED_NS, num, oj, num, pub[4:], oj, pub, oj, num, cpv, cpvlab, pub, td_code, td, nc, nature, proc,
       town.upper(), title, form)


def cbody(name, addr, town, pc, nuts, mail, url, ca="REGIONAL_AUTHORITY", act="GENERAL_PUBLIC_SERVICES",
          docs=True):
    s = """    <CONTRACTING_BODY>
      <ADDRESS_CONTRACTING_BODY>
        <OFFICIALNAME>%s</OFFICIALNAME>
        <ADDRESS>%s</ADDRESS>
        <TOWN>%s</TOWN>
        <POSTAL_CODE>%s</POSTAL_CODE>
        <COUNTRY VALUE="FR"/>
        <E_MAIL>%s</E_MAIL>
        <n2016:NUTS CODE="%s"/>
        <URL_GENERAL>%s</URL_GENERAL>
      </ADDRESS_CONTRACTING_BODY>
""" % (name, addr, town, pc, mail, nuts, url)
    if docs:
        s += """      <DOCUMENT_FULL/>
      <URL_DOCUMENT>%s/consultations</URL_DOCUMENT>
      <ADDRESS_FURTHER_INFO_IDEM/>
      <URL_PARTICIPATION>%s/depot-offres</URL_PARTICIPATION>
""" % (url, url)
    s += """      <CA_TYPE VALUE="%s"/>
      <CA_ACTIVITY VALUE="%s"/>
    </CONTRACTING_BODY>
""" % (ca, act)
    return s


def ps(*paras):
    return "".join("<P>%s</P>" % p for p in paras)


def ac_block(ac):
    if ac == "DOC":
        return "<AC><AC_PROCUREMENT_DOC/></AC>"
    quals, price = ac
    s = "<AC>"
    for n, w in quals:
        s += "<AC_QUALITY><AC_CRITERION>%s</AC_CRITERION><AC_WEIGHTING>%s</AC_WEIGHTING></AC_QUALITY>" % (n, w)
    s += "<AC_PRICE><AC_WEIGHTING>%s</AC_WEIGHTING></AC_PRICE></AC>" % price
    return s


def odescr(item, title, lot_no, cpv, nuts, site, descr, ac, val=None, months=None, renewal=None, info=None,
           award=False):
    s = '      <OBJECT_DESCR ITEM="%d">\n        <TITLE><P>%s</P></TITLE>\n' % (item, title)
    if lot_no:
        s += "        <LOT_NO>%s</LOT_NO>\n" % lot_no
    s += ('        <CPV_ADDITIONAL><CPV_CODE CODE="%s"/></CPV_ADDITIONAL>\n        <n2016:NUTS CODE="%s"/>\n'
          '        <MAIN_SITE><P>%s</P></MAIN_SITE>\n        <SHORT_DESCR>%s</SHORT_DESCR>\n        %s\n'
          % (cpv, nuts, site, ps(descr) if isinstance(descr, str) else ps(*descr), ac_block(ac)))
    if not award:
        if val:
            s += '        <VAL_OBJECT CURRENCY="EUR">%s</VAL_OBJECT>\n' % val
        if months:
            s += '        <DURATION TYPE="MONTH">%s</DURATION>\n' % months
        if renewal:
            s += "        <RENEWAL/>\n        <RENEWAL_DESCR>%s</RENEWAL_DESCR>\n" % ps(renewal)
        else:
            s += "        <NO_RENEWAL/>\n"
        s += "        <NO_ACCEPTED_VARIANTS/>\n        <NO_OPTIONS/>\n"
    s += "        <NO_EU_PROGR_RELATED/>\n"
    if info:
        s += "        <INFO_ADD>%s</INFO_ADD>\n" % (ps(info) if isinstance(info, str) else ps(*info))
    s += "      </OBJECT_DESCR>\n"
    return s


def review(ta, addr, town, pc, date, info=None):
    s = "    <COMPLEMENTARY_INFO>\n"
    if info:
        s += "      <INFO_ADD>%s</INFO_ADD>\n" % (ps(info) if isinstance(info, str) else ps(*info))
    s += """      <ADDRESS_REVIEW_BODY>
        <OFFICIALNAME>%s</OFFICIALNAME>
        <ADDRESS>%s</ADDRESS>
        <TOWN>%s</TOWN>
        <POSTAL_CODE>%s</POSTAL_CODE>
        <COUNTRY VALUE="FR"/>
      </ADDRESS_REVIEW_BODY>
      <DATE_DISPATCH_NOTICE>%s</DATE_DISPATCH_NOTICE>
    </COMPLEMENTARY_INFO>
""" % (ta, addr, town, pc, date)
    return s


# ----------------------------------------------------------------------------- eForms UBL
EF_NS = ('xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
         'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
         'xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" '
         'xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" '
         'xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" '
         'xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"')


def ext(inner):
    return ("<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>%s"
            "</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>" % inner)


def ef_notice(root, subtype, ntype, nid, folder, date, buyer, street, city, pc, nuts, mail, siret, btype,
              proc_ref, name, descr, nature, cpv, est, lots, max_amount=None, proc="open", extra_org=""):
    org = ("<efac:Organizations><efac:Organization><efac:Company>"
           "<cac:PartyIdentification><cbc:ID schemeName=\"organization\">ORG-0001</cbc:ID></cac:PartyIdentification>"
           "<cac:PartyName><cbc:Name languageID=\"FRA\">%s</cbc:Name></cac:PartyName>"
           "<cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName>"
           "<cbc:PostalZone>%s</cbc:PostalZone><cbc:CountrySubentityCode listName=\"nuts\">%s</cbc:CountrySubentityCode>"
           "<cac:Country><cbc:IdentificationCode listName=\"country\">FRA</cbc:IdentificationCode></cac:Country>"
           "</cac:PostalAddress><cac:PartyLegalEntity><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyLegalEntity>"
           "<cac:Contact><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact>"
           "</efac:Company></efac:Organization>%s</efac:Organizations>" % (buyer, street, city, pc, nuts, siret, mail,
                                                                          extra_org))
    tot = ""
    if est or max_amount:
        tot = "<cac:RequestedTenderTotal>"
        if max_amount:
            tot += ext('<efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>' % max_amount)
        if est:
            tot += '<cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>' % est
        tot += "</cac:RequestedTenderTotal>"
    return """<?xml version="1.0" encoding="UTF-8"?>
<%s xmlns="urn:oasis:names:specification:ubl:schema:xsd:%s-2" %s>
  %s
  <cbc:UBLVersionID>2.3</cbc:UBLVersionID>
  <cbc:CustomizationID>eforms-sdk-1.10</cbc:CustomizationID>
  <cbc:ID schemeName="notice-id">%s</cbc:ID>
  <cbc:ContractFolderID>%s</cbc:ContractFolderID>
  <cbc:IssueDate>%s+01:00</cbc:IssueDate>
  <cbc:IssueTime>09:30:00+01:00</cbc:IssueTime>
  <cbc:VersionID>01</cbc:VersionID>
  <cbc:RegulatoryDomain>32014L0024</cbc:RegulatoryDomain>
  <cbc:NoticeTypeCode listName="%s">%s</cbc:NoticeTypeCode>
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ContractingParty>
    <cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">%s</cbc:PartyTypeCode></cac:ContractingPartyType>
    <cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
  </cac:ContractingParty>
  <cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">%s</cbc:ProcedureCode></cac:TenderingProcess>
  <cac:ProcurementProject>
    <cbc:ID schemeName="InternalID">%s</cbc:ID>
    <cbc:Name languageID="FRA">%s</cbc:Name>
    <cbc:Description languageID="FRA">%s</cbc:Description>
    <cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>
    %s
    <cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode></cac:MainCommodityClassification>
  </cac:ProcurementProject>
%s</%s>
""" % (root, root, EF_NS,
       ext('<efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">%s</cbc:SubTypeCode></efac:NoticeSubType>%s'
           % (subtype, org)),
       nid, folder, date, "competition" if root == "ContractNotice" else "result", ntype, btype, proc,
       proc_ref, name, descr, nature, tot, cpv, lots, root)


def ef_crit(kind, name, weight, descr=None):
    s = "<cac:SubordinateAwardingCriterion>"
    if weight is not None:
        s += ext('<efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">per-exa</efbc:ParameterCode>'
                 '<efbc:ParameterNumeric>%s</efbc:ParameterNumeric></efac:AwardCriterionParameter>' % weight)
    s += '<cbc:AwardingCriterionTypeCode listName="award-criterion-type">%s</cbc:AwardingCriterionTypeCode>' % kind
    s += '<cbc:Name languageID="FRA">%s</cbc:Name>' % name
    if descr:
        s += '<cbc:Description languageID="FRA">%s</cbc:Description>' % descr
    return s + "</cac:SubordinateAwardingCriterion>"


def ef_lot(lot_id, name, descr, nature, cpv, crits, reserved="none", perf=None, note=None, strategic="none",
           est=None, months=48, selection="", crit_descr=None, max_amount=None):
    tt = "<cac:TenderingTerms>"
    if selection:
        tt += ext(selection)
    tt += ('<cac:TendererQualificationRequest><cac:SpecificTendererRequirement>'
           '<cbc:TendererRequirementTypeCode listName="reserved-procurement">%s</cbc:TendererRequirementTypeCode>'
           '</cac:SpecificTendererRequirement></cac:TendererQualificationRequest>' % reserved)
    tt += ('<cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="reserved-execution">no'
           '</cbc:ExecutionRequirementCode></cac:ContractExecutionRequirement>')
    if perf is not None:
        tt += ('<cac:ContractExecutionRequirement><cbc:ExecutionRequirementCode listName="conditions">performance'
               '</cbc:ExecutionRequirementCode><cbc:Description languageID="FRA">%s</cbc:Description>'
               '</cac:ContractExecutionRequirement>' % perf)
    tt += "<cac:AwardingTerms><cac:AwardingCriterion>"
    if crit_descr:
        tt += '<cbc:Description languageID="FRA">%s</cbc:Description>' % crit_descr
    tt += "".join(crits) + "</cac:AwardingCriterion></cac:AwardingTerms></cac:TenderingTerms>"
    pp = ('<cac:ProcurementProject><cbc:ID schemeName="InternalID">%s</cbc:ID><cbc:Name languageID="FRA">%s</cbc:Name>'
          '<cbc:Description languageID="FRA">%s</cbc:Description>'
          '<cbc:ProcurementTypeCode listName="contract-nature">%s</cbc:ProcurementTypeCode>' % (lot_id, name, descr, nature))
    if note:
        pp += '<cbc:Note languageID="FRA">%s</cbc:Note>' % note
    pp += ('<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="strategic-procurement">%s'
           '</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>' % strategic)
    if est or max_amount:
        pp += "<cac:RequestedTenderTotal>"
        if max_amount:
            pp += ext('<efbc:FrameworkMaximumAmount currencyID="EUR">%s</efbc:FrameworkMaximumAmount>' % max_amount)
        if est:
            pp += '<cbc:EstimatedOverallContractAmount currencyID="EUR">%s</cbc:EstimatedOverallContractAmount>' % est
        pp += "</cac:RequestedTenderTotal>"
    pp += ('<cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">%s</cbc:ItemClassificationCode>'
           '</cac:MainCommodityClassification><cac:PlannedPeriod><cbc:DurationMeasure unitCode="MONTH">%s'
           '</cbc:DurationMeasure></cac:PlannedPeriod></cac:ProcurementProject>' % (cpv, months))
    return '  <cac:ProcurementProjectLot>\n    <cbc:ID schemeName="Lot">%s</cbc:ID>\n    %s\n    %s\n  </cac:ProcurementProjectLot>\n' % (
        lot_id, tt, pp)


# =============================================================================== XML TED
# --- n01 : F02, 3 lots, lot 2 réservé (case « atelier protégé » cochée mais article L. 2113-13 cité)
_f = '  <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Ville de Montbrasier", "Hôtel de ville, 2 place du Marché-aux-Grains", "Montbrasier", "26410",
            "FRK23", "commande.publique@montbrasier.invalid", "https://marches.montbrasier.invalid")
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Entretien des espaces verts, des cimetières et des délaissés de voirie de la ville de Montbrasier</P></TITLE>
      <REFERENCE_NUMBER>2026-EV-017</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="77310000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR><P>Accord-cadre à bons de commande, mono-attributaire pour chaque lot, portant sur la tonte, la taille, le désherbage manuel et le ramassage des feuilles sur le territoire communal.</P></SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">486000.00</VAL_ESTIMATED_TOTAL>
      <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
"""
_f += odescr(1, "Lot n° 1 : Secteur nord et parcs urbains", "1", "77313000", "FRK23", "Montbrasier, secteur nord",
             "Entretien courant des parcs, squares et accompagnements de voirie du secteur nord.",
             ([("Valeur technique appréciée au vu du mémoire justificatif", "45")], "55"), "214000.00", 12,
             "Reconductible trois fois par période de douze mois.")
_f += odescr(2, "Lot n° 2 : Cimetières communaux", "2", "77314000", "FRK23", "Cimetières du Bourg, de la Croix-Haute et de Vaunières",
             "Désherbage des allées, tonte des espaces enherbés et évacuation des fleurs fanées dans les trois cimetières.",
             ([("Valeur technique appréciée au vu du mémoire justificatif", "45")], "55"), "98000.00", 12,
             "Reconductible trois fois par période de douze mois.",
             "Lot réservé : en application de l'article L. 2113-13 du code de la commande publique, seules peuvent soumissionner les structures d'insertion par l'activité économique mentionnées à l'article L. 5132-4 du code du travail et les structures équivalentes.")
_f += odescr(3, "Lot n° 3 : Délaissés de voirie et bassins d'orage", "3", "77312000", "FRK23", "Ensemble du territoire communal",
             "Fauchage raisonné des délaissés, curage léger et entretien des abords des bassins d'orage.",
             ([("Valeur technique appréciée au vu du mémoire justificatif", "45")], "55"), "174000.00", 12,
             "Reconductible trois fois par période de douze mois.")
_f += """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY><P>Voir le règlement de la consultation.</P></SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_CRITERIA_DOC/>
      <RESTRICTED_SHELTERED_WORKSHOP/>
      <PERFORMANCE_CONDITIONS><P>Les déchets verts produits (tontes, tailles, feuilles) sont broyés ou compostés ; leur mise en décharge et leur brûlage sont interdits. Aucun produit phytopharmaceutique de synthèse ne peut être employé, conformément au plan de gestion différenciée annexé au CCTP.</P></PERFORMANCE_CONDITIONS>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <FRAMEWORK><SINGLE_OPERATOR/></FRAMEWORK>
      <CONTRACT_COVERED_GPA/>
      <DATE_RECEIPT_TENDERS>2026-11-16</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      <DURATION_TENDER_VALID TYPE="MONTH">6</DURATION_TENDER_VALID>
      <OPENING_CONDITION><DATE_OPENING_TENDERS>2026-11-16</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>14:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
    </PROCEDURE>
"""
_f += review("Tribunal administratif de Grenelieu", "14 rue des Augustins", "Grenelieu", "38015", "2026-10-12")
_f += "  </F02_2014>"
add("n01.xml", "xml", ted("612345", "201", "20261016", "Avis de marché", "Services", "Procédure ouverte", "77310000",
                          "Services de plantation et d'entretien des espaces verts", "Montbrasier",
                          "Entretien des espaces verts, des cimetières et des délaissés de voirie", _f),
    L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, allotissement=1, nb_lots=3,
      montant_estime_ht=486000,
      evidence=["en application de l'article L. 2113-13 du code de la commande publique",
                "Les déchets verts produits (tontes, tailles, feuilles) sont broyés ou compostés",
                "Lot n° 3 : Délaissés de voirie et bassins d'orage", "486000.00"]),
    "TED F02_2014",
    "Lot 2 réservé par INFO_ADD du lot citant L. 2113-13 alors que la case RESTRICTED_SHELTERED_WORKSHOP est "
    "cochée (l'article cité prime) ; déchets verts compostés et zéro phyto dans PERFORMANCE_CONDITIONS.")

# --- n02 : F02 travaux, 6 lots, heures d'insertion par lot (somme), critère environnemental
_f = '  <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Département de la Haute-Sévanne", "Hôtel du Département, 1 cours Anatole-Berthier", "Vernoux-sur-Lèze",
            "09120", "FRJ21", "marches@hautesevanne.invalid", "https://achats.hautesevanne.invalid")
_lots = [("1", "Démolition - gros œuvre", "45223220"), ("2", "Charpente - couverture - zinguerie", "45261000"),
         ("3", "Menuiseries extérieures aluminium", "45421100"), ("4", "Plâtrerie - isolation - faux plafonds", "45410000"),
         ("5", "Électricité courants forts et faibles", "45310000"), ("6", "Chauffage - ventilation - plomberie", "45330000")]
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Restructuration et extension du collège des Tilleuls à Vernoux-sur-Lèze</P></TITLE>
      <REFERENCE_NUMBER>DHS-2026-TX-044</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="45214220"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="WORKS"/>
      <SHORT_DESCR><P>Travaux de restructuration des bâtiments d'externat et de demi-pension et construction d'une extension de quatre salles de sciences, en site occupé.</P></SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">2310000.00</VAL_ESTIMATED_TOTAL>
      <LOT_DIVISION><LOT_ALL/></LOT_DIVISION>
"""
for _i, (_n, _t, _c) in enumerate(_lots, 1):
    _f += odescr(_i, "Lot %s - %s" % (_n, _t), _n, _c, "FRJ21", "Collège des Tilleuls, Vernoux-sur-Lèze",
                 "Travaux du lot %s tels que décrits au CCTP." % _t.split(" - ")[0].lower(),
                 ([("Valeur technique", "50"),
                   ("Gestion environnementale du chantier : tri et valorisation des déchets, réduction des nuisances sonores et des poussières", "10")], "40"),
                 None, 20)
_f += """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY><P>Déclarations et attestations mentionnées à l'article 5 du règlement de la consultation.</P></SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_CRITERIA_DOC/>
      <PERFORMANCE_CONDITIONS><P>Une action d'insertion professionnelle est imposée aux titulaires des lots 1, 2 et 4, à hauteur respectivement de 700, 350 et 210 heures de travail, au bénéfice de personnes rencontrant des difficultés sociales ou professionnelles particulières. Le suivi est assuré par le facilitateur du PLIE de la Haute-Sévanne.</P></PERFORMANCE_CONDITIONS>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <CONTRACT_COVERED_GPA/>
      <DATE_RECEIPT_TENDERS>2026-12-04</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>16:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      <DURATION_TENDER_VALID TYPE="DAY">120</DURATION_TENDER_VALID>
      <OPENING_CONDITION><DATE_OPENING_TENDERS>2026-12-07</DATE_OPENING_TENDERS><TIME_OPENING_TENDERS>09:00</TIME_OPENING_TENDERS></OPENING_CONDITION>
    </PROCEDURE>
"""
_f += review("Tribunal administratif de Pradel", "68 rue Raymond-IV", "Pradel", "31068",
             "2026-10-29", "Visite du site obligatoire pour les lots 1 et 2, sur rendez-vous auprès du gestionnaire du collège.")
_f += "  </F02_2014>"
add("n02.xml", "xml", ted("640712", "213", "20261102", "Avis de marché", "Travaux", "Procédure ouverte", "45214220",
                          "Travaux de construction de bâtiments scolaires", "Vernoux-sur-Lèze",
                          "Restructuration et extension du collège des Tilleuls", _f),
    L(clause_sociale=1, clause_insertion=1, heures_insertion=1260, critere_environnemental=1, allotissement=1,
      nb_lots=6, montant_estime_ht=2310000,
      evidence=["action d'insertion professionnelle est imposée aux titulaires des lots 1, 2 et 4, à hauteur respectivement de 700, 350 et 210 heures",
                "[700 + 350 + 210 = 1260]",
                "Gestion environnementale du chantier : tri et valorisation des déchets", "Lot 6 - Chauffage - ventilation - plomberie",
                "2310000.00"]),
    "TED F02_2014",
    "Heures d'insertion par lot dans PERFORMANCE_CONDITIONS (somme 1260) ; critère environnemental répété dans le AC "
    "de chaque lot ; pas de condition environnementale.")

# --- n03 : F02 piège (objet déchets, sélection ISO 14001, critères dans les documents)
_f = '  <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Centre hospitalier intercommunal de la Vallée du Lanquet", "Route de Saint-Ygeaux, BP 40", "Lanquet-le-Haut",
            "56480", "FRH04", "achats@chi-lanquet.invalid", "https://www.chi-lanquet.invalid",
            ca="BODY_PUBLIC", act="HEALTH")
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Collecte, transport et traitement des déchets d'activités de soins à risques infectieux et des déchets assimilés aux ordures ménagères</P></TITLE>
      <REFERENCE_NUMBER>CHIVL-2026-07</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="90524000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR><P>Enlèvement des conteneurs sur les trois sites de l'établissement, transport vers une installation autorisée, incinération ou prétraitement par désinfection puis valorisation énergétique des déchets.</P></SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">640000.00</VAL_ESTIMATED_TOTAL>
      <NO_LOT_DIVISION/>
"""
_f += odescr(1, "Collecte et traitement des DASRI et des DAOM", None, "90524200", "FRH04",
             "Sites de Lanquet-le-Haut, Pont-Séverin et Kerdual",
             "Prestation globale comprenant la fourniture des emballages homologués, la collecte selon un planning hebdomadaire, le traitement et la traçabilité réglementaire.",
             "DOC", "640000.00", 48)
_f += """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY><P>Récépissé de déclaration pour l'activité de transport de déchets dangereux ou copie de l'autorisation préfectorale de l'installation de traitement.</P></SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_PROFESSIONAL_INFO><P>Certification ISO 14001 en cours de validité ou tout moyen de preuve équivalent de mesures de gestion environnementale ; liste des véhicules de collecte affectés au transport de matières dangereuses.</P></TECHNICAL_PROFESSIONAL_INFO>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <CONTRACT_COVERED_GPA/>
      <DATE_RECEIPT_TENDERS>2026-11-20</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
      <DURATION_TENDER_VALID TYPE="MONTH">4</DURATION_TENDER_VALID>
    </PROCEDURE>
"""
_f += review("Tribunal administratif de Kervallon", "3 contour de la Motte", "Kervallon", "35044", "2026-10-15",
             "Une visite des locaux d'entreposage des déchets est proposée aux candidats le 3 novembre 2026.")
_f += "  </F02_2014>"
add("n03.xml", "xml", ted("618804", "203", "20261019", "Avis de marché", "Services", "Procédure ouverte", "90524000",
                          "Services liés aux déchets médicaux", "Lanquet-le-Haut",
                          "Collecte, transport et traitement des DASRI", _f),
    L(allotissement=0, montant_estime_ht=640000, evidence=["640000.00"]),
    "TED F02_2014",
    "Piège : l'objet est la collecte et la valorisation des déchets ; ISO 14001 demandée en sélection "
    "(TECHNICAL_PROFESSIONAL_INFO) ; critères renvoyés aux documents (AC_PROCUREMENT_DOC) ; NO_LOT_DIVISION.")

# --- n04 : F02 piège (acheteur « emploi et insertion », objet = accompagnement vers l'emploi)
_f = '  <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Maison de l'emploi et de l'insertion du Pays de Marvèle", "5 allée des Tanneurs", "Marvèle", "87310",
            "FRI23", "contact@mei-marvele.invalid", "https://www.mei-marvele.invalid", ca="BODY_PUBLIC",
            act="SOCIAL_PROTECTION")
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Accompagnement renforcé vers l'emploi des bénéficiaires du revenu de solidarité active</P></TITLE>
      <REFERENCE_NUMBER>MEI-2026-02</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="79611000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR><P>Diagnostic socioprofessionnel, construction d'un projet professionnel, ateliers de techniques de recherche d'emploi et mise en relation avec les employeurs du territoire.</P></SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">360000.00</VAL_ESTIMATED_TOTAL>
      <LOT_DIVISION><LOT_MAX_ONE_TENDERER>2</LOT_MAX_ONE_TENDERER><LOT_ALL/></LOT_DIVISION>
"""
for _i, (_t, _v) in enumerate([("Bassin de Marvèle et Saint-Junat", "210000.00"), ("Bassin de Chalonne-sur-Vienne", "150000.00")], 1):
    _f += odescr(_i, "Lot %d : %s" % (_i, _t), str(_i), "85312320", "FRI23", _t,
                 "Accompagnement d'une file active d'environ %d personnes orientées par le Département." % (140 if _i == 1 else 95),
                 ([("Organisation proposée et calendrier des permanences", "40"), ("Qualification et expérience des intervenants", "20")], "40"),
                 _v, 24)
_f += """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY><P>Le candidat produit une déclaration sur l'honneur attestant qu'il ne se trouve dans aucun cas d'exclusion.</P></SUITABILITY>
      <ECONOMIC_CRITERIA_DOC/>
      <TECHNICAL_CRITERIA_DOC/>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <DATE_RECEIPT_TENDERS>2026-11-27</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>12:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
    </PROCEDURE>
"""
_f += review("Tribunal administratif de Limonges", "1 cours Vergniaud", "Limonges", "87000", "2026-10-21",
             "Les prestations relèvent des services sociaux et autres services spécifiques ; la consultation est passée selon une procédure adaptée ouverte.")
_f += "  </F02_2014>"
add("n04.xml", "xml", ted("629117", "207", "20261023", "Avis de marché", "Services", "Procédure ouverte", "79611000",
                          "Services de recherche d'emploi", "Marvèle", "Accompagnement renforcé vers l'emploi des bénéficiaires du RSA", _f),
    L(allotissement=1, nb_lots=2, montant_estime_ht=360000,
      evidence=["Lot 2 : Bassin de Chalonne-sur-Vienne", "360000.00"]),
    "TED F02_2014",
    "Piège : acheteur « Maison de l'emploi et de l'insertion », objet = accompagnement vers l'emploi (services "
    "d'insertion achetés), critères sans dimension sociale, aucune réservation ni condition d'exécution.")

# --- n05 : F02, réservation ESS (L2113-15) dans INFO_ADD + case RESERVED_ORGANISATIONS_SERVICE_MISSION
_f = '  <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Ville de Pontcarrel", "Place de la Libération", "Pontcarrel", "59370", "FRE11",
            "marchespublics@pontcarrel.invalid", "https://pontcarrel.achatpublic.invalid")
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Ateliers sociolinguistiques et accompagnement à l'apprentissage du français pour adultes</P></TITLE>
      <REFERENCE_NUMBER>VP-26-031</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="80400000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR><P>Animation de douze groupes hebdomadaires d'ateliers sociolinguistiques dans les centres sociaux de la ville, orientés vers l'autonomie dans la vie quotidienne.</P></SHORT_DESCR>
      <VAL_ESTIMATED_TOTAL CURRENCY="EUR">180000.00</VAL_ESTIMATED_TOTAL>
      <NO_LOT_DIVISION/>
"""
_f += odescr(1, "Ateliers sociolinguistiques", None, "80400000", "FRE11", "Centres sociaux Marlière, Gambetta et Petit-Quinquin",
             "Ateliers de deux heures, accueil d'environ 150 apprenants par an, évaluation des acquis en fin de cycle.",
             ([("Qualité du projet pédagogique", "50"), ("Qualification des formateurs", "15")], "35"), "180000.00", 36)
_f += """    </OBJECT_CONTRACT>
    <LEFTI>
      <SUITABILITY><P>Statuts de l'organisme et justificatif de sa qualité d'entreprise de l'économie sociale et solidaire.</P></SUITABILITY>
      <RESERVED_ORGANISATIONS_SERVICE_MISSION/>
    </LEFTI>
    <PROCEDURE>
      <PT_OPEN/>
      <DATE_RECEIPT_TENDERS>2026-11-30</DATE_RECEIPT_TENDERS>
      <TIME_RECEIPT_TENDERS>17:00</TIME_RECEIPT_TENDERS>
      <LANGUAGES><LANGUAGE VALUE="FR"/></LANGUAGES>
    </PROCEDURE>
"""
_f += review("Tribunal administratif de Flandrin", "5 rue Geoffroy-Saint-Hilaire", "Flandrin", "59014", "2026-10-26",
             "En application de l'article L. 2113-15 du code de la commande publique, la participation est réservée aux entreprises de l'économie sociale et solidaire qui poursuivent une mission de service public liée à la prestation. Un même opérateur ne peut être retenu sur ce fondement par la Ville plus d'une fois en trois ans.")
_f += "  </F02_2014>"
add("n05.xml", "xml", ted("633902", "209", "20261027", "Avis de marché", "Services", "Procédure ouverte", "80400000",
                          "Services d'enseignement pour adultes", "Pontcarrel", "Ateliers sociolinguistiques pour adultes", _f),
    L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=180000,
      evidence=["En application de l'article L. 2113-15 du code de la commande publique, la participation est réservée aux entreprises de l'économie sociale et solidaire",
                "180000.00"]),
    "TED F02_2014",
    "Réservation ESS (L. 2113-15) écrite dans COMPLEMENTARY_INFO/INFO_ADD, case RESERVED_ORGANISATIONS_SERVICE_MISSION ; "
    "NO_LOT_DIVISION.")

# --- n06 : F03 piège (attributaires ESAT et régie de quartier, marché non réservé)
_f = '  <F03_2014 CATEGORY="ORIGINAL" FORM="F03" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Communauté de communes du Haut-Vérel", "12 avenue de la Gare", "Saint-Vérel", "63390", "FRK14",
            "marches@cc-hautverel.invalid", "https://www.cc-hautverel.invalid", docs=False)
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Entretien des espaces verts des zones d'activités et des équipements communautaires</P></TITLE>
      <REFERENCE_NUMBER>CCHV-2026-05</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="77310000"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SERVICES"/>
      <SHORT_DESCR><P>Tonte, débroussaillage, taille des haies et entretien des massifs.</P></SHORT_DESCR>
      <LOT_DIVISION/>
"""
for _i, _t in enumerate(["Zones d'activités des Brûlades et de la Sioule", "Piscine, médiathèque et siège communautaire"], 1):
    _f += odescr(_i, "Lot %d - %s" % (_i, _t), str(_i), "77314000", "FRK14", "Territoire communautaire",
                 "Entretien des espaces verts du lot %d selon le calendrier d'interventions." % _i,
                 ([("Méthodologie et planning d'intervention", "40")], "60"), award=True)
_f += """      <VAL_TOTAL CURRENCY="EUR">152400.00</VAL_TOTAL>
    </OBJECT_CONTRACT>
    <PROCEDURE>
      <PT_OPEN/>
      <NOTICE_NUMBER_OJ>2026/S 121-377450</NOTICE_NUMBER_OJ>
    </PROCEDURE>
    <AWARD_CONTRACT ITEM="1">
      <CONTRACT_NO>2026-05-01</CONTRACT_NO>
      <LOT_NO>1</LOT_NO>
      <TITLE><P>Zones d'activités des Brûlades et de la Sioule</P></TITLE>
      <AWARDED_CONTRACT>
        <DATE_CONCLUSION_CONTRACT>2026-09-18</DATE_CONCLUSION_CONTRACT>
        <TENDERS><NB_TENDERS_RECEIVED>4</NB_TENDERS_RECEIVED><NB_TENDERS_RECEIVED_SME>4</NB_TENDERS_RECEIVED_SME></TENDERS>
        <CONTRACTORS><NO_AWARDED_TO_GROUP/>
          <CONTRACTOR><ADDRESS_CONTRACTOR><OFFICIALNAME>ESAT Les Jardins de la Brèche</OFFICIALNAME><TOWN>Saint-Vérel</TOWN><POSTAL_CODE>63390</POSTAL_CODE><COUNTRY VALUE="FR"/><n2016:NUTS CODE="FRK14"/></ADDRESS_CONTRACTOR><SME/></CONTRACTOR>
        </CONTRACTORS>
        <VALUES><VAL_TOTAL CURRENCY="EUR">88200.00</VAL_TOTAL></VALUES>
      </AWARDED_CONTRACT>
    </AWARD_CONTRACT>
    <AWARD_CONTRACT ITEM="2">
      <CONTRACT_NO>2026-05-02</CONTRACT_NO>
      <LOT_NO>2</LOT_NO>
      <TITLE><P>Piscine, médiathèque et siège communautaire</P></TITLE>
      <AWARDED_CONTRACT>
        <DATE_CONCLUSION_CONTRACT>2026-09-18</DATE_CONCLUSION_CONTRACT>
        <TENDERS><NB_TENDERS_RECEIVED>3</NB_TENDERS_RECEIVED></TENDERS>
        <CONTRACTORS><NO_AWARDED_TO_GROUP/>
          <CONTRACTOR><ADDRESS_CONTRACTOR><OFFICIALNAME>Régie de quartier Vérel Centre</OFFICIALNAME><TOWN>Saint-Vérel</TOWN><POSTAL_CODE>63390</POSTAL_CODE><COUNTRY VALUE="FR"/><n2016:NUTS CODE="FRK14"/></ADDRESS_CONTRACTOR><SME/></CONTRACTOR>
        </CONTRACTORS>
        <VALUES><VAL_TOTAL CURRENCY="EUR">64200.00</VAL_TOTAL></VALUES>
      </AWARDED_CONTRACT>
    </AWARD_CONTRACT>
"""
_f += review("Tribunal administratif de Clermontel", "6 cours Sablon", "Clermontel", "63033", "2026-10-02")
_f += "  </F03_2014>"
add("n06.xml", "xml", ted("598230", "195", "20261007", "Avis d'attribution de marché", "Services", "Procédure ouverte",
                          "77310000", "Services de plantation et d'entretien des espaces verts", "Saint-Vérel",
                          "Entretien des espaces verts des zones d'activités", _f),
    L(allotissement=1, nb_lots=2, evidence=["Lot 2 - Piscine, médiathèque et siège communautaire"]),
    "TED F03_2014 (attribution)",
    "Piège : attributaires « ESAT Les Jardins de la Brèche » et « Régie de quartier Vérel Centre » sans réservation ; "
    "VAL_TOTAL = valeur attribuée, pas une estimation (montant_estime_ht vide).")

# --- n07 : F03 avec critères social et environnemental + clause d'insertion annoncée (sans nombre)
_f = '  <F03_2014 CATEGORY="ORIGINAL" FORM="F03" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Commune nouvelle de Vaudrelle", "1 rue de l'Abbaye", "Vaudrelle", "27640", "FRD21",
            "dst@vaudrelle.invalid", "https://www.vaudrelle.invalid", docs=False)
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Accord-cadre de travaux d'entretien et de grosses réparations de voirie communale</P></TITLE>
      <REFERENCE_NUMBER>VDR-TX-2026-01</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="45233141"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="WORKS"/>
      <SHORT_DESCR><P>Reprofilage, purges, enrobés, bordures et signalisation horizontale sur les voies communales des sept communes déléguées.</P></SHORT_DESCR>
      <NO_LOT_DIVISION/>
"""
_f += odescr(1, "Entretien et grosses réparations de voirie", None, "45233142", "FRD21", "Territoire de la commune nouvelle",
             "Accord-cadre mono-attributaire exécuté par bons de commande pour une durée de quatre ans.",
             ([("Valeur technique", "35"), ("Performance en matière d'insertion professionnelle des publics en difficulté", "15"),
               ("Réduction de l'empreinte carbone : provenance des granulats, taux d'agrégats d'enrobés recyclés et motorisation des engins", "10")], "40"),
             info="Le CCAP (article 12) impose au titulaire une clause sociale d'insertion dont le volume minimal est fixé à 5 % des heures travaillées sur chaque bon de commande.",
             award=True)
_f += """    </OBJECT_CONTRACT>
    <PROCEDURE>
      <PT_OPEN/>
      <FRAMEWORK/>
      <NOTICE_NUMBER_OJ>2026/S 098-301122</NOTICE_NUMBER_OJ>
    </PROCEDURE>
    <AWARD_CONTRACT ITEM="1">
      <TITLE><P>Entretien et grosses réparations de voirie</P></TITLE>
      <AWARDED_CONTRACT>
        <DATE_CONCLUSION_CONTRACT>2026-08-28</DATE_CONCLUSION_CONTRACT>
        <TENDERS><NB_TENDERS_RECEIVED>5</NB_TENDERS_RECEIVED></TENDERS>
        <CONTRACTORS><NO_AWARDED_TO_GROUP/>
          <CONTRACTOR><ADDRESS_CONTRACTOR><OFFICIALNAME>Routes et Enrobés du Ravelin SAS</OFFICIALNAME><TOWN>Le Ravelin</TOWN><POSTAL_CODE>27400</POSTAL_CODE><COUNTRY VALUE="FR"/><n2016:NUTS CODE="FRD21"/></ADDRESS_CONTRACTOR></CONTRACTOR>
        </CONTRACTORS>
        <VALUES><VAL_ESTIMATED_TOTAL CURRENCY="EUR">1800000.00</VAL_ESTIMATED_TOTAL><VAL_TOTAL CURRENCY="EUR">1652000.00</VAL_TOTAL></VALUES>
      </AWARDED_CONTRACT>
    </AWARD_CONTRACT>
"""
_f += review("Tribunal administratif de Rouvray", "53 avenue Gustave-Flaubert", "Rouvray", "76005", "2026-09-14")
_f += "  </F03_2014>"
add("n07.xml", "xml", ted("566014", "181", "20260918", "Avis d'attribution de marché", "Travaux", "Procédure ouverte",
                          "45233141", "Travaux d'entretien routier", "Vaudrelle", "Travaux d'entretien de voirie communale", _f),
    L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=0,
      montant_estime_ht=1800000,
      evidence=["impose au titulaire une clause sociale d'insertion",
                "Performance en matière d'insertion professionnelle des publics en difficulté",
                "Réduction de l'empreinte carbone : provenance des granulats", "1800000.00"]),
    "TED F03_2014 (attribution)",
    "Avis d'attribution portant des critères social et environnemental et annonçant la clause d'insertion du CCAP "
    "(5 % des heures, pas de nombre) ; VAL_ESTIMATED_TOTAL (estimation) distinct de VAL_TOTAL.")

# --- n08 : F14 rectificatif qui ajoute une condition d'insertion (420 h)
_f = '  <F14_2014 CATEGORY="ORIGINAL" FORM="F14" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Communauté d'agglomération Rives de l'Aubette", "40 quai des Mariniers", "Aubette-sur-Loire", "45510",
            "FRB06", "commandepublique@rives-aubette.invalid", "https://marches.rives-aubette.invalid", docs=False)
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Travaux de rénovation énergétique du centre aquatique intercommunal</P></TITLE>
      <REFERENCE_NUMBER>CARA-26-TX-09</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="45212212"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="WORKS"/>
      <SHORT_DESCR><P>Remplacement des centrales de traitement d'air, isolation de la toiture et récupération de chaleur sur les eaux grises.</P></SHORT_DESCR>
    </OBJECT_CONTRACT>
    <COMPLEMENTARY_INFO>
      <DATE_DISPATCH_NOTICE>2026-11-05</DATE_DISPATCH_NOTICE>
      <ORIGINAL_TED_ESENDER/>
      <ESENDER_LOGIN>TED63</ESENDER_LOGIN>
      <NOTICE_NUMBER_OJ>2026/S 204-618777</NOTICE_NUMBER_OJ>
      <DATE_DISPATCH_ORIGINAL>2026-10-17</DATE_DISPATCH_ORIGINAL>
    </COMPLEMENTARY_INFO>
    <CHANGES>
      <CHANGE>
        <WHERE><SECTION>III.2.2</SECTION><LABEL>Conditions d'exécution du contrat</LABEL></WHERE>
        <OLD_VALUE><TEXT><P>Néant.</P></TEXT></OLD_VALUE>
        <NEW_VALUE><TEXT><P>Le titulaire réserve au moins 420 heures de travail à l'embauche de demandeurs d'emploi de longue durée, de bénéficiaires de minima sociaux ou de jeunes sans qualification, directement ou par mise à disposition au moyen d'une entreprise de travail temporaire d'insertion.</P></TEXT></NEW_VALUE>
      </CHANGE>
      <CHANGE>
        <WHERE><SECTION>IV.2.2</SECTION><LABEL>Date limite de réception des offres ou des demandes de participation</LABEL></WHERE>
        <OLD_VALUE><DATE>2026-11-11</DATE><TIME>12:00</TIME></OLD_VALUE>
        <NEW_VALUE><DATE>2026-11-25</DATE><TIME>12:00</TIME></NEW_VALUE>
      </CHANGE>
      <INFO_ADD><P>Le dossier de consultation a été complété par un article 14 du CCAP relatif à l'action d'insertion ; les candidats ayant déjà déposé une offre sont invités à la compléter.</P></INFO_ADD>
    </CHANGES>
  </F14_2014>"""
add("n08.xml", "xml", ted("652340", "217", "20261109", "Rectificatif", "Travaux", "Procédure ouverte", "45212212",
                          "Travaux de construction de piscines", "Aubette-sur-Loire",
                          "Rénovation énergétique du centre aquatique intercommunal", _f),
    L(clause_sociale=1, clause_insertion=1, heures_insertion=420,
      evidence=["Le titulaire réserve au moins 420 heures de travail à l'embauche de demandeurs d'emploi de longue durée"]),
    "TED F14_2014 (rectificatif)",
    "Le rectificatif remplace « Néant » par une action d'insertion de 420 h (NEW_VALUE) ; objet « rénovation "
    "énergétique » sans condition environnementale.")

# --- n09 : F14 piège (acheteur « environnement » ; seule la date change)
_f = '  <F14_2014 CATEGORY="ORIGINAL" FORM="F14" LG="FR">\n    <LEGAL_BASIS VALUE="32014L0024"/>\n'
_f += cbody("Syndicat intercommunal pour l'environnement et la valorisation des déchets du Val d'Ombre",
            "Zone artisanale des Combes", "Ombreval", "70130", "FRC24", "secretariat@sievd-valdombre.invalid",
            "https://www.sievd-valdombre.invalid", docs=False, act="ENVIRONMENT")
_f += """    <OBJECT_CONTRACT>
      <TITLE><P>Fourniture de carburants et d'AdBlue pour la flotte de véhicules du syndicat</P></TITLE>
      <REFERENCE_NUMBER>SIEVD-2026-F03</REFERENCE_NUMBER>
      <CPV_MAIN><CPV_CODE CODE="09134100"/></CPV_MAIN>
      <TYPE_CONTRACT CTYPE="SUPPLIES"/>
      <SHORT_DESCR><P>Livraison de gazole non routier, de gazole et d'AdBlue en cuves sur le site du centre technique.</P></SHORT_DESCR>
    </OBJECT_CONTRACT>
    <COMPLEMENTARY_INFO>
      <DATE_DISPATCH_NOTICE>2026-10-30</DATE_DISPATCH_NOTICE>
      <NOTICE_NUMBER_OJ>2026/S 199-605511</NOTICE_NUMBER_OJ>
      <DATE_DISPATCH_ORIGINAL>2026-10-09</DATE_DISPATCH_ORIGINAL>
    </COMPLEMENTARY_INFO>
    <CHANGES>
      <CHANGE>
        <WHERE><SECTION>IV.2.2</SECTION><LABEL>Date limite de réception des offres</LABEL></WHERE>
        <OLD_VALUE><DATE>2026-11-11</DATE><TIME>11:00</TIME></OLD_VALUE>
        <NEW_VALUE><DATE>2026-11-18</DATE><TIME>11:00</TIME></NEW_VALUE>
      </CHANGE>
      <INFO_ADD><P>Toutes les autres mentions de l'avis initial, y compris les conditions d'exécution et les critères d'attribution, demeurent inchangées.</P></INFO_ADD>
    </CHANGES>
  </F14_2014>"""
add("n09.xml", "xml", ted("645009", "214", "20261103", "Rectificatif", "Fournitures", "Procédure ouverte", "09134100",
                          "Gazole", "Ombreval", "Fourniture de carburants et d'AdBlue", _f),
    L(),
    "TED F14_2014 (rectificatif)",
    "Piège : acheteur « syndicat pour l'environnement et la valorisation des déchets » ; le rectificatif ne change "
    "que la date et renvoie aux conditions d'exécution « inchangées » sans les énoncer.")

# =============================================================================== XML eForms
# --- n10 : nettoyage, 3 lots ; lots 1-2 insertion + écolabel + critère environnemental ; lot 3 réservé EA/ESAT
_c12 = [ef_crit("price", "Prix", "50"),
        ef_crit("quality", "Valeur technique", "35", "Organisation des équipes, encadrement et dispositif de contrôle de la qualité."),
        ef_crit("quality", "Réduction des impacts environnementaux de la prestation", "15",
                "Nature et dosage des produits, part des produits écolabellisés, recours à la microfibre et aux méthodes sans chimie.")]
_perf12 = ("Le titulaire consacre au moins 5 % des heures de main-d'œuvre nécessaires à l'exécution du lot à l'insertion "
           "professionnelle de personnes éloignées de l'emploi, selon les modalités de l'article 8 du CCAP. Les produits "
           "d'entretien utilisés portent l'Écolabel européen ou un label équivalent.")
_lots = ef_lot("LOT-0001", "Bâtiments d'enseignement du campus nord", "Nettoyage quotidien des amphithéâtres, salles de cours et sanitaires.",
               "services", "90911200", _c12, perf=_perf12, est="620000")
_lots += ef_lot("LOT-0002", "Bibliothèque universitaire et locaux administratifs", "Nettoyage des salles de lecture, bureaux et circulations.",
                "services", "90911200", _c12, perf=_perf12, est="380000")
_lots += ef_lot("LOT-0003", "Nettoyage des vitres et des parties hautes", "Lavage semestriel des vitrages intérieurs et extérieurs.",
                "services", "90911300", [ef_crit("price", "Prix", "60"), ef_crit("quality", "Valeur technique", "40")],
                reserved="res-ws",
                note="Lot réservé aux entreprises adaptées et aux établissements et services d'aide par le travail (article L. 2113-12 du code de la commande publique).",
                est="140000")
add("n10.xml", "xml", ef_notice("ContractNotice", "16", "cn-standard", "3f6c2a1e-8d41-4b7e-9a0c-5e21d7c40a11",
                                "c9d0e2b4-1a77-4f3e-8b62-0f4e9a31d2c5", "2026-11-03", "Université de Ferlanges",
                                "21 boulevard des Lices", "Ferlanges", "13200", "FRL04", "marches@univ-ferlanges.invalid",
                                "19130000500017", "body-pl", "UF-2026-NET-01",
                                "Nettoyage des locaux de l'université de Ferlanges",
                                "Accord-cadre à bons de commande de nettoyage et d'hygiène des locaux, allotis en trois lots.",
                                "services", "90910000", "1140000", _lots),
    L(clause_sociale=1, clause_insertion=1, marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1,
      critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=1140000,
      evidence=["consacre au moins 5 % des heures de main-d'œuvre", "Lot réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                "Les produits d'entretien utilisés portent l'Écolabel européen", "Réduction des impacts environnementaux de la prestation",
                "LOT-0003", "1140000"]),
    "eForms ContractNotice (UBL)",
    "Insertion (5 % des heures, sans nombre) et Écolabel dans ContractExecutionRequirement des lots 1-2 ; critère "
    "environnemental nommé par son contenu ; lot 3 res-ws + cbc:Note citant L. 2113-12 ; lots 1-2 « none ».")

# --- n11 : piège eForms (acheteur « Environnement », ENT, critères dans les documents, « Sans objet »)
_lots = ""
for _id, _nm, _ds, _cpv in [("LOT-0001", "Postes de travail et écrans", "Ordinateurs fixes, écrans et périphériques pour les salles informatiques.", "30213000"),
                            ("LOT-0002", "Tablettes et classes mobiles", "Tablettes, chariots de recharge et logiciel de gestion de flotte.", "30213200")]:
    _lots += ef_lot(_id, _nm, _ds, "supplies", _cpv, [], perf="Sans objet.",
                    crit_descr="Les critères d'attribution et leur pondération figurent dans le règlement de la consultation.",
                    months=36)
add("n11.xml", "xml", ef_notice("ContractNotice", "16", "cn-standard", "7b1e94d0-2c3f-4a65-b8e1-93f0c6a2d7e4",
                                "0a4d5f62-9e1b-47c8-a3d2-6b7e8f901c23", "2026-10-20",
                                "Syndicat mixte Environnement numérique et Territoires du Pays d'Arvelle",
                                "3 rue de la Poste", "Arvelle", "24120", "FRI11", "achats@smentpa.invalid",
                                "25240009900021", "la",
                                "SMENT-26-04", "Équipements informatiques pour l'environnement numérique de travail des collèges",
                                "Fourniture, installation et garantie de matériels destinés à l'environnement numérique de travail (ENT) des collèges adhérents.",
                                "supplies", "30200000", "310000", _lots),
    L(allotissement=1, nb_lots=2, montant_estime_ht=310000, evidence=["LOT-0002", "310000"]),
    "eForms ContractNotice (UBL)",
    "Piège : « Environnement » dans le nom de l'acheteur et « environnement numérique de travail » (sens informatique) ; "
    "critères « figurent dans le règlement de la consultation » ; condition d'exécution « Sans objet. » ; "
    "reserved-procurement none, strategic-procurement none.")

# --- n12 : eForms travaux, 4 lots, critère d'insertion + heures par lot (somme)
_ci = ef_crit("quality", "Insertion professionnelle", "10",
              "Volume d'heures proposé au-delà du minimum imposé et qualité de l'accompagnement des personnes (tutorat, formation, perspective d'embauche).")
_lots = ef_lot("LOT-0001", "Gros œuvre - ravalement", "Reprises de maçonnerie, ravalement et isolation thermique par l'extérieur.", "works", "45262700",
               [ef_crit("price", "Prix", "55"), ef_crit("quality", "Valeur technique", "35"), _ci],
               perf="Clause sociale d'insertion : 300 heures minimum réservées à des personnes éloignées de l'emploi.",
               strategic="soc-obj", months=14)
_lots += ef_lot("LOT-0002", "Charpente - couverture", "Réfection des couvertures et isolation des combles perdus.", "works", "45261000",
                [ef_crit("price", "Prix", "55"), ef_crit("quality", "Valeur technique", "35"), _ci],
                perf="Action d'insertion : le titulaire réalise au moins 150 heures de travail avec des publics en difficulté d'insertion.",
                strategic="soc-obj", months=10)
for _id, _nm, _ds, _cpv in [("LOT-0003", "Menuiseries extérieures", "Remplacement des fenêtres et portes-fenêtres des 64 logements.", "45421000"),
                            ("LOT-0004", "Électricité - ventilation", "Mise en conformité électrique et installation d'une VMC hygroréglable.", "45310000")]:
    _lots += ef_lot(_id, _nm, _ds, "works", _cpv, [ef_crit("price", "Prix", "60"), ef_crit("quality", "Valeur technique", "40")],
                    perf="Sans objet.", months=10)
add("n12.xml", "xml", ef_notice("ContractNotice", "16", "cn-standard", "d2a7c5e9-4b18-4f0a-9c36-18e2b7f5a604",
                                "5e8b1c3d-7f20-4d9a-b6e4-2a1f0c9d8e75", "2026-11-12", "Orvalie Habitat, office public de l'habitat",
                                "8 rue Louis-Braille", "Orvalie", "79200", "FRI33", "marches@orvalie-habitat.invalid",
                                "27790001200018", "body-pl",
                                "OH-2026-REHA-64", "Réhabilitation thermique de 64 logements, résidence Les Hauts de Brenne",
                                "Travaux de réhabilitation thermique et de remise à niveau des parties communes en site occupé.",
                                "works", "45453000", "2960000", _lots),
    L(clause_sociale=1, clause_insertion=1, heures_insertion=450, critere_social=1, allotissement=1, nb_lots=4,
      montant_estime_ht=2960000,
      evidence=["300 heures minimum réservées à des personnes éloignées de l'emploi", "au moins 150 heures de travail avec des publics en difficulté d'insertion",
                "[300 + 150 = 450, lots 1 et 2]", "Insertion professionnelle", "LOT-0004", "2960000"]),
    "eForms ContractNotice (UBL)",
    "Heures d'insertion dans ContractExecutionRequirement des lots 1 (300) et 2 (150), somme 450 ; sous-critère "
    "« Insertion professionnelle » ; lots 3-4 « Sans objet. ».")

# --- n13 : piège eForms (acheteur CCAS ; sélection Qualibat/fluides frigorigènes ; L. 5212-1 ; maximum)
_sel = ('<efac:SelectionCriteria><cbc:TendererRequirementTypeCode listName="selection-criterion">tp-abil</cbc:TendererRequirementTypeCode>'
        '<cbc:Description languageID="FRA">Qualification Qualibat ou équivalente ; attestation de capacité pour la manipulation des fluides frigorigènes prévue par le code de l\'environnement.</cbc:Description></efac:SelectionCriteria>'
        '<efac:SelectionCriteria><cbc:TendererRequirementTypeCode listName="selection-criterion">sui-act</cbc:TendererRequirementTypeCode>'
        '<cbc:Description languageID="FRA">Déclaration sur l\'honneur du respect de l\'obligation d\'emploi des travailleurs handicapés prévue aux articles L. 5212-1 à L. 5212-11 du code du travail.</cbc:Description></efac:SelectionCriteria>')
_lots = ef_lot("LOT-0001", "Maintenance CVC des établissements du CCAS",
               "Maintenance préventive et corrective, astreinte et dépannage des installations de chauffage, ventilation et climatisation.",
               "services", "50720000",
               [ef_crit("price", "Prix", "40"), ef_crit("quality", "Valeur technique", "60", "Organisation de l'astreinte et délais d'intervention garantis.")],
               selection=_sel, est="270000", max_amount="400000")
add("n13.xml", "xml", ef_notice("ContractNotice", "16", "cn-standard", "a91f3b27-6c0d-4e58-8a14-c7d2e0b5f936",
                                "e3c6a8d1-0b9f-4c27-9d5e-4f8a2b1c7e60", "2026-10-27", "Centre communal d'action sociale de Belvézec",
                                "15 rue du Docteur-Roux", "Belvézec", "34500", "FRJ13", "ccas.marches@belvezec.invalid",
                                "26340045600012", "la",
                                "CCAS-BZ-2026-11", "Maintenance des installations de chauffage, ventilation et climatisation",
                                "Accord-cadre à bons de commande pour les EHPAD, la résidence autonomie et le foyer-logement du CCAS.",
                                "services", "50720000", None, _lots),
    L(montant_estime_ht=270000, montant_max_ht=400000, evidence=["270000", "400000"]),
    "eForms ContractNotice (UBL)",
    "Piège : acheteur CCAS ; sélection (efac:SelectionCriteria) Qualibat, fluides frigorigènes, obligation d'emploi "
    "des travailleurs handicapés L. 5212-1 à L. 5212-11 (rappel légal) ; aucune condition d'exécution.")

# =============================================================================== TXT
# --- n14 : BOAMP MAPA, marché réservé SIAE (sans article du CCP), non alloti
add("n14.txt", "txt", """BOAMP - Bulletin officiel des annonces des marchés publics
Avis n° 26-148203 - publié le 03/11/2026
Départements de publication : 44, 85
Services - Avis de marché - Procédure adaptée

Identification de l'organisme qui passe le marché : EHPAD public intercommunal Les Glycines
Adresse : 12 rue du Moulin-Neuf, 44970 Saint-Ormel
Correspondant : Mme la directrice - tél. 02 40 00 00 00 - achats@ehpad-glycines.invalid
Adresse du profil acheteur : https://marches.ehpad-glycines.invalid

Objet du marché : Entretien et blanchissage du linge plat et des vêtements des résidents
Type de prestations : Services
Classification CPV : 98311000 - Services de ramassage de linge ; 98315000 - Services de repassage
Lieu d'exécution : Saint-Ormel (44)

Caractéristiques principales :
Accord-cadre à bons de commande conclu pour un an à compter du 1er février 2027, reconductible tacitement trois fois. Ramassage deux fois par semaine, marquage et traçabilité du linge des résidents.
Valeur estimée hors TVA : 132~000 euros sur quatre ans

Marché réservé : Oui.
Le présent marché est réservé aux structures d'insertion par l'activité économique définies à l'article L. 5132-4 du code du travail, ainsi qu'aux structures équivalentes, qui emploient au moins 50 % de travailleurs défavorisés.

Division en lots : Non

Conditions de participation :
Situation juridique : formulaires DC1 et DC2 ou DUME ; attestation de conventionnement par les services de l'Etat au titre de l'insertion par l'activité économique.

Critères d'attribution :
- Prix des prestations : 70 %
- Valeur technique (délais de retour, traçabilité du linge, hygiène) : 30 %

Date limite de réception des offres : 01/12/2026 à 12 h 00
Délai de validité des offres : 120 jours
Instance chargée des procédures de recours : Tribunal administratif de Nantelle, 6 allée de l'Ile-Gloriette, 44041 Nantelle
Date d'envoi du présent avis à la publication : 30/10/2026
""",
    L(marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=132000,
      evidence=["Le présent marché est réservé aux structures d'insertion par l'activité économique définies à l'article L. 5132-4 du code du travail",
                "Valeur estimée hors TVA : 132 000 euros"]),
    "BOAMP MAPA (texte)",
    "Marché entier réservé aux SIAE sans citer L. 2113-13 (mots SIAE -> L2113-13) ; « Division en lots : Non ».")

# --- n15 : BOAMP nouveau format, piège (GIP insertion, objet accompagnement, « Non » partout)
add("n15.txt", "txt", """Avis de marché
N° d'avis : 26-151977 - Date de parution : 07/11/2026
Source : BOAMP - Département(s) de publication : 62

Section 1 : Identification de l'acheteur
Nom complet de l'acheteur : Groupement d'intérêt public Insertion et Emploi du Bassin de Lorvan
Type de numéro national d'identification : SIRET
N° national d'identification : 13002345600019
Ville : Lorvan
Code postal : 62820
Groupement de commandes : Non

Section 2 : Communication
Lien direct aux documents de la consultation : https://gip-lorvan.marches.invalid/consultation/2026-03
Identifiant interne de la consultation : GIP-IEBL-2026-03
Intégralité des documents sur le profil d'acheteur : Oui
Utilisation de moyens de communication non communément disponibles : Non
Contact : Service administratif et financier - marches@gip-lorvan.invalid

Section 3 : Procédure
Type de procédure : Procédure adaptée ouverte
Conditions de participation :
Aptitude à exercer l'activité professionnelle - conditions / moyens de preuve : déclaration sur l'honneur de l'absence de motifs d'exclusion
Capacité technique et professionnelle - conditions / moyens de preuve : liste des principales prestations d'accompagnement réalisées au cours des trois dernières années
Technique d'achat : Sans objet
Date et heure limite de réception des plis : 08/12/2026 à 12h00
Présentation des offres par catalogue électronique : Interdite
Réduction du nombre de candidats : Non
Possibilité d'attribution sans négociation : Oui
L'acheteur exige la présentation de variantes : Non
Critères d'attribution : Critères énoncés dans les documents de la consultation

Section 4 : Identification du marché
Intitulé du marché : Accompagnement socioprofessionnel des participants du plan local pour l'insertion et l'emploi
Code CPV principal - Descripteur principal : 85312320 - Services de conseil
Type de marché : Services
Description succincte du marché : Référents de parcours chargés du suivi individualisé des participants du PLIE, de la levée des freins périphériques à l'emploi et du placement en emploi durable ou en formation qualifiante.
Lieu principal d'exécution du marché : Bassin de Lorvan (62)
Durée du marché (en mois) : 24
Valeur estimée (H.T.) : 420~000,00 €
La consultation comporte des tranches : Non
La consultation prévoit une réservation de tout ou partie du marché : Non
Marché alloti : Oui

Section 5 : Lots
Lot 1 : Secteur Lorvan-centre - 8 référents de parcours
Lot 2 : Secteur des communes littorales - 4 référents de parcours
Lot 3 : Secteur rural sud - 3 référents de parcours

Section 6 : Informations complémentaires
Visite obligatoire : Non
Clause sociale : Non
Clause environnementale : Non
""",
    L(allotissement=1, nb_lots=3, montant_estime_ht=420000,
      evidence=["Marché alloti : Oui", "Lot 3 : Secteur rural sud", "Valeur estimée (H.T.) : 420 000,00 €"]),
    "BOAMP nouveau format (texte)",
    "Piège : acheteur « Insertion et Emploi », objet = accompagnement des participants du PLIE ; « réservation … : Non », "
    "« Clause sociale : Non », « Clause environnementale : Non », critères dans les documents.")

# --- n16 : JOUE (rendu texte TED), critère social nommé par son contenu + 2 400 h d'insertion, non alloti
add("n16.txt", "txt", """Avis de marché
Services
Base juridique : Directive 2014/24/UE
2026/S 219-662401

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Ville de Kerbellec
Hôtel de ville, place de la Résistance
Kerbellec
29870
France
Courriel : marches@kerbellec.invalid
Code NUTS : FRH02 Finistère
Adresse(s) internet :
Adresse principale : https://www.kerbellec.invalid
I.4) Type de pouvoir adjudicateur
Autorité régionale ou locale
I.5) Activité principale
Services généraux des administrations publiques

Section II : Objet
II.1) Étendue du marché
II.1.1) Intitulé :
Nettoiement mécanisé et manuel de la voirie et vidage des corbeilles de rue
Numéro de référence : KB-2026-PROP-02
II.1.2) Code CPV principal
90610000 Services de nettoyage et de balayage des rues
II.1.3) Type de marché
Services
II.1.4) Description succincte :
Balayage mécanisé des chaussées, nettoiement manuel des trottoirs et des places, vidage des 640 corbeilles de rue et enlèvement des dépôts sauvages.
II.1.5) Valeur totale estimée
Valeur hors TVA : 3 600 000.00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : non
II.2) Description
II.2.3) Lieu d'exécution
Code NUTS : FRH02 Finistère
II.2.5) Critères d'attribution
Critères énoncés ci-dessous
Critère de qualité - Nom : Moyens humains et matériels, organisation des tournées / Pondération : 40
Critère de qualité - Nom : Conditions d'emploi, de formation et de qualification proposées aux agents affectés au marché / Pondération : 10
Prix - Pondération : 50
II.2.7) Durée du marché, de l'accord-cadre ou du système d'acquisition dynamique
Durée en mois : 60
Ce marché peut faire l'objet d'une reconduction : non
II.2.10) Des variantes seront-elles prises en considération : non
II.2.11) Information sur les options
Options : non
II.2.13) Information sur les fonds de l'Union européenne
Le contrat s'inscrit dans un projet/programme financé par des fonds de l'Union européenne : non

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.1) Habilitation à exercer l'activité professionnelle, y compris exigences relatives à l'inscription au registre du commerce ou de la profession
Liste et description succincte des conditions : voir le règlement de la consultation
III.2.2) Conditions particulières d'exécution :
Le titulaire est tenu de faire effectuer, sur la durée du marché, au moins 2 400 heures de travail par des personnes engagées dans un parcours d'insertion, recrutées directement ou mises à disposition par une structure d'insertion par l'activité économique.

Section IV : Procédure
IV.1.1) Type de procédure
Procédure ouverte
IV.1.8) Information concernant l'accord sur les marchés publics (AMP)
Le marché est couvert par l'accord sur les marchés publics : oui
IV.2.2) Date limite de réception des offres ou des demandes de participation
Date : 15/12/2026
Heure locale : 12:00
IV.2.4) Langue(s) pouvant être utilisée(s) dans l'offre ou la demande de participation :
français

Section VI : Renseignements complémentaires
VI.4.1) Instance chargée des procédures de recours
Tribunal administratif de Kervallon
3 contour de la Motte
Kervallon
35044
France
VI.5) Date d'envoi du présent avis
10/11/2026
""",
    L(clause_sociale=1, clause_insertion=1, heures_insertion=2400, critere_social=1, allotissement=0,
      montant_estime_ht=3600000,
      evidence=["au moins 2 400 heures de travail par des personnes engagées dans un parcours d'insertion",
                "Conditions d'emploi, de formation et de qualification proposées aux agents affectés au marché",
                "Ce marché est divisé en lots : non", "Valeur hors TVA : 3 600 000.00 EUR"]),
    "JOUE/TED formulaire standard (texte)",
    "Critère social nommé par son contenu (conditions d'emploi et de qualification des agents) ; 2 400 h "
    "d'insertion en III.2.2 ; « divisé en lots : non ».")

# --- n17 : rendu eForms, denrées 8 lots, critère carbone/saison + livraisons propres, maximum
_lots17 = ["Viandes fraîches de boucherie", "Volailles et lapins", "Produits laitiers et fromages", "Fruits et légumes frais",
           "Épicerie et produits secs", "Surgelés", "Pain et viennoiseries", "Œufs et ovoproduits"]
_t = """Avis de marché ou de concession – régime normal
Fournitures
2026/S 222-671830
France – Produits alimentaires divers – Fourniture de denrées alimentaires pour la cuisine centrale

1. Acheteur
1.1 Acheteur
Nom officiel : Syndicat intercommunal de restauration collective du Val de Mérande
Forme juridique de l'acheteur : Autorité locale
Activité du pouvoir adjudicateur : Services publics généraux

2. Procédure
2.1 Procédure
Titre : Fourniture de denrées alimentaires pour la cuisine centrale
Description : Accord-cadre à bons de commande pour l'approvisionnement de la cuisine centrale (4 200 repas par jour) destinée aux écoles, aux EHPAD et au portage à domicile.
Identifiant de la procédure : 4c7e1d2a-9b3f-4e60-a8d5-1f2c3b4a5e6d
Identifiant interne : SIRC-VM-2026-DENREES
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Fournitures
Classification principale (cpv) : 15800000 Produits alimentaires divers
2.1.3 Valeur
Valeur estimée hors TVA : 1 920 000,00 EUR
Valeur maximale de l'accord-cadre : 2 400 000,00 EUR
2.1.4 Informations générales
Base juridique :
Directive 2014/24/UE
code de la commande publique

5. Lot
"""
for _i, _n in enumerate(_lots17, 1):
    _t += """
5.1 Lot : LOT-%04d
Titre : %s
Description : Fourniture et livraison de %s selon le bordereau des prix unitaires.
5.1.1 Objet
Nature du marché : Fournitures
5.1.3 Durée estimée
Durée : 4 Année
5.1.6 Informations générales
Participation réservée : La participation n'est pas réservée.
Le marché relève de l'accord sur les marchés publics (AMP) : oui
5.1.10 Critères d'attribution
Critère :
Type : Prix
Nom : Prix
Pondération (pourcentage, valeur exacte) : 55
Critère :
Type : Qualité
Nom : Qualité gustative et fraîcheur des produits
Pondération (pourcentage, valeur exacte) : 30
Critère :
Type : Qualité
Nom : Impact carbone et saisonnalité des produits
Description : Part des produits de saison, distance parcourue entre le lieu de production et la cuisine centrale, mode de production.
Pondération (pourcentage, valeur exacte) : 15
5.1.12 Conditions du marché
Conditions relatives à l'exécution du marché : Les livraisons sont effectuées avec des véhicules à faibles émissions (vignette Crit'Air 0 ou 1) ; les caisses et bacs de livraison sont consignés, réutilisables et repris par le titulaire à chaque livraison.
""" % (_i, _n, _n.lower())
_t += """
8. Organisations
8.1 ORG-0001
Nom officiel : Syndicat intercommunal de restauration collective du Val de Mérande
Ville : Mérande-sur-Oise
Code postal : 60280
Pays : France
Courrier électronique : marches@sirc-merande.invalid
Rôles de cette organisation : Acheteur

Informations sur l'avis
Identifiant/version de l'avis : 9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d - 01
Type de formulaire : Mise en concurrence
Type d'avis : Avis de marché ou de concession – régime normal
Date d'envoi de l'avis : 14/11/2026
Langues dans lesquelles le présent avis est officiellement disponible : français
"""
add("n17.txt", "txt", _t,
    L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=8, montant_estime_ht=1920000,
      montant_max_ht=2400000,
      evidence=["Impact carbone et saisonnalité des produits", "véhicules à faibles émissions (vignette Crit'Air 0 ou 1)",
                "5.1 Lot : LOT-0008", "Valeur estimée hors TVA : 1 920 000,00 EUR", "Valeur maximale de l'accord-cadre : 2 400 000,00 EUR"]),
    "eForms rendu TED (texte)",
    "Critère environnemental (carbone, saisonnalité) et condition d'exécution (véhicules, contenants consignés) "
    "répétés pour 8 lots ; « La participation n'est pas réservée. » ; estimation et maximum distincts.")

# --- n18 : BOAMP avis d'attribution, piège (ESAT et entreprise d'insertion attributaires, objet déchets)
add("n18.txt", "txt", """BOAMP
Avis d'attribution
Avis n° 26-139876 - publié le 22/10/2026 - Département de publication : 22

Nom et adresse de l'organisme acheteur : Communauté de communes Argoat-Trieux, 4 rue de la Mairie, 22200 Kerlouan-Trieux
Contact : pole.moyens@argoat-trieux.invalid

Objet du marché : Collecte et recyclage des papiers et cartons des bâtiments communautaires
Type de marché : Services
Procédure : Procédure adaptée ouverte
Référence de l'avis de publicité initial : avis n° 26-094411 du 03/07/2026

Critères d'attribution retenus : prix des prestations (50 %) ; valeur technique appréciée au vu du mémoire (50 %)

Attribution du marché
Lot n° 1 - Collecte des papiers confidentiels et destruction sécurisée
Nombre d'offres reçues : 3
Date d'attribution : 30/09/2026
Titulaire : ESAT du Plateau de Sarrène, ZA de Poul-Ranet, 22140 Sarrène
Montant du marché : 18 600 euros HT par an

Lot n° 2 - Collecte et recyclage des cartons
Nombre d'offres reçues : 2
Date d'attribution : 30/09/2026
Titulaire : Entreprise d'insertion Recycl'Argoat, 7 rue des Forges, 22200 Kerlouan-Trieux
Montant du marché : 12 900 euros HT par an

Le marché était divisé en deux lots.
Les pièces du marché peuvent être consultées au siège de la communauté de communes, sur rendez-vous.
Instance chargée des procédures de recours : Tribunal administratif de Kervallon.
""",
    L(allotissement=1, nb_lots=2, evidence=["Le marché était divisé en deux lots."]),
    "BOAMP avis d'attribution (texte)",
    "Piège : attributaires ESAT et entreprise d'insertion sans réservation ; objet = collecte et recyclage ; montants "
    "attribués (pas d'estimation).")

# --- n19 : JOUE texte, piège (collecte des déchets, acheteur « environnement », tout renvoyé aux documents)
add("n19.txt", "txt", """Avis de marché
Services
Directive 2014/24/UE
2026/S 208-629914

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Syndicat mixte pour la valorisation des déchets et la protection de l'environnement du Haut-Lizon
4 route de Fontenoy
Lizon-les-Bains
88370
France
Point(s) de contact : Direction des services techniques
Courriel : dst@smvd-hautlizon.invalid
Code NUTS : FRF34
Adresse principale : https://www.smvd-hautlizon.invalid
I.3) Communication
Accès aux documents du marché en accès direct non restreint et complet : https://smvd-hautlizon.marches.invalid
I.4) Type de pouvoir adjudicateur
Autre type : syndicat mixte
I.5) Activité principale
Environnement

Section II : Objet
II.1.1) Intitulé : Collecte en porte-à-porte des ordures ménagères résiduelles et des emballages, et gestion du haut de quai des déchèteries
II.1.2) Code CPV principal : 90511000 Services de collecte des ordures ménagères
II.1.3) Type de marché : Services
II.1.4) Description succincte : Collecte hebdomadaire des ordures ménagères résiduelles et bimensuelle des emballages ménagers recyclables sur 31 communes ; accueil, gardiennage et haut de quai de quatre déchèteries.
II.1.5) Valeur totale estimée
Valeur hors TVA : 5 850 000.00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
Des offres peuvent être soumises pour tous les lots
II.2) Description
II.2.1) Intitulé : Collecte des ordures ménagères et des emballages
Lot nº : 1
II.2.4) Description des prestations : Collecte en porte-à-porte et en points de regroupement, fourniture des véhicules et des personnels.
II.2.5) Critères d'attribution
Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.7) Durée en mois : 72
II.2) Description
II.2.1) Intitulé : Gestion du haut de quai des déchèteries
Lot nº : 2
II.2.4) Description des prestations : Accueil des usagers, contrôle d'accès, orientation des apports vers les bennes, entretien courant des sites.
II.2.5) Critères d'attribution
Le prix n'est pas le seul critère d'attribution et tous les critères sont énoncés uniquement dans les documents du marché
II.2.7) Durée en mois : 72

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.3) Capacité technique et professionnelle
Critères de sélection tels que mentionnés dans les documents de la consultation
III.2.2) Conditions d'exécution du contrat :
Voir le cahier des clauses administratives particulières.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.2.2) Date limite de réception des offres : 18/12/2026 - 17:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Les candidats peuvent visiter les déchèteries sur rendez-vous pris auprès de la direction des services techniques.
VI.5) Date d'envoi du présent avis : 26/10/2026
""",
    L(allotissement=1, nb_lots=2, montant_estime_ht=5850000,
      evidence=["Ce marché est divisé en lots : oui", "Gestion du haut de quai des déchèteries Lot nº : 2", "Valeur hors TVA : 5 850 000.00 EUR"]),
    "JOUE/TED formulaire standard (texte)",
    "Piège : objet = collecte des déchets, acheteur « valorisation des déchets et protection de l'environnement », "
    "activité « Environnement » ; critères « énoncés uniquement dans les documents du marché » ; III.2.2 renvoie au CCAP.")

# --- n20 : BOAMP travaux 5 lots, heures d'insertion des lots 1 et 3 (somme)
add("n20.txt", "txt", """AVIS D'APPEL PUBLIC A LA CONCURRENCE
BOAMP n° 26-155412 du 12/11/2026 - Département : 71

Commune de Saint-Léger-en-Brionnais
Mairie, 3 place de l'Eglise, 71800 Saint-Léger-en-Brionnais
Tél. : 03 85 00 00 00 - Courriel : mairie@stleger-brionnais.invalid
Profil d'acheteur : https://stleger-brionnais.e-marches.invalid

Objet : Transformation de l'ancienne école Jules-Ferry en maison de santé pluriprofessionnelle
Procédure : procédure adaptée (articles L. 2123-1 et R. 2123-1 1° du code de la commande publique)
Lieu d'exécution : 8 rue des Écoles, Saint-Léger-en-Brionnais

Allotissement : les travaux sont répartis en 5 lots
- Lot 1 : Démolition - gros œuvre
- Lot 2 : Couverture - étanchéité
- Lot 3 : Menuiseries intérieures bois
- Lot 4 : Plomberie - chauffage
- Lot 5 : Peinture - sols souples

Estimation globale des travaux : 1~540~000 € HT
Durée prévisionnelle des travaux : 11 mois, préparation comprise

Conditions particulières d'exécution :
Le marché comporte une clause d'insertion sociale. Les titulaires des lots 1 et 3 devront consacrer respectivement 840 heures et 280 heures de travail à des personnes rencontrant des difficultés d'accès à l'emploi. Le facilitateur de la Maison de l'emploi du Brionnais accompagne les entreprises dans la mise en œuvre de cet engagement.

Jugement des offres (offre économiquement la plus avantageuse) :
prix : 60 % ; valeur technique : 30 % ; délai d'exécution : 10 %

Retrait du dossier : gratuitement sur le profil d'acheteur
Date limite de remise des offres : vendredi 11 décembre 2026 à 12 heures
Renseignements techniques : cabinet Brion Architectes, 03 85 00 00 01
""",
    L(clause_sociale=1, clause_insertion=1, heures_insertion=1120, allotissement=1, nb_lots=5, montant_estime_ht=1540000,
      evidence=["Les titulaires des lots 1 et 3 devront consacrer respectivement 840 heures et 280 heures de travail",
                "[840 + 280 = 1120]", "les travaux sont répartis en 5 lots", "Estimation globale des travaux : 1 540 000 € HT"]),
    "BOAMP MAPA (texte)",
    "Clause d'insertion par lot (840 h + 280 h = 1120) dans les conditions particulières d'exécution ; critères "
    "prix/valeur technique/délai sans critère social.")

# --- n21 : rendu eForms, piège (agence de l'environnement, objet étude écologique, aucune condition)
add("n21.txt", "txt", """Avis de marché ou de concession – régime normal
Services
2026/S 211-640028
France – Services d'études environnementales – Inventaire naturaliste des zones humides du bassin de la Sorne

1. Acheteur
1.1 Acheteur
Nom officiel : Agence de l'environnement et de la biodiversité du Pays de Lérac
Forme juridique de l'acheteur : Organisme de droit public
Activité du pouvoir adjudicateur : Environnement

2. Procédure
2.1 Procédure
Titre : Inventaire naturaliste des zones humides du bassin de la Sorne
Description : Inventaires faune-flore sur quatre saisons, cartographie des habitats et diagnostic de la fonctionnalité écologique des zones humides, en vue du futur plan de gestion.
Identifiant interne : AEBL-2026-ETU-07
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Services
Classification principale (cpv) : 90711100 Évaluation des risques autres que pour la construction
2.1.3 Valeur
Valeur estimée hors TVA : 95 000,00 EUR

5. Lot
5.1 Lot : LOT-0000
Titre : Inventaire naturaliste des zones humides du bassin de la Sorne
5.1.3 Durée estimée
Durée : 14 Mois
5.1.6 Informations générales
Participation réservée : La participation n'est pas réservée.
Informations sur les marchés publics stratégiques :
Objectif de la procédure stratégique : Pas d'achat stratégique
5.1.10 Critères d'attribution
Critère :
Type : Qualité
Nom : Valeur technique
Description : Méthodologie d'inventaire, qualification des naturalistes et calendrier des prospections.
Pondération (pourcentage, valeur exacte) : 60
Critère :
Type : Prix
Nom : Prix
Pondération (pourcentage, valeur exacte) : 40
5.1.12 Conditions du marché
Conditions relatives à l'exécution du marché : Aucune condition particulière.

8. Organisations
8.1 ORG-0001
Nom officiel : Agence de l'environnement et de la biodiversité du Pays de Lérac
Ville : Lérac
Code postal : 46230
Pays : France
Courrier électronique : commande-publique@aebl.invalid
Rôles de cette organisation : Acheteur

Informations sur l'avis
Type d'avis : Avis de marché ou de concession – régime normal
Date d'envoi de l'avis : 29/10/2026
""",
    L(montant_estime_ht=95000, evidence=["Valeur estimée hors TVA : 95 000,00 EUR"]),
    "eForms rendu TED (texte)",
    "Piège : acheteur et activité « Environnement », objet = étude écologique ; « Pas d'achat stratégique », "
    "« Aucune condition particulière », participation non réservée.")

# --- n22 : BOAMP MAPA, critère égalité / non-discrimination, non alloti
add("n22.txt", "txt", """Avis d'appel public à la concurrence
Procédure adaptée - Services
Publication : BOAMP, annonce n° 26-149930, le 05/11/2026

1. Pouvoir adjudicateur : Commune de Villeroux-la-Forêt, 2 rue Pasteur, 91640 Villeroux-la-Forêt. Service de la commande publique, courriel : cp@villeroux.invalid
2. Objet : Accueil téléphonique et gestion des appels du standard de l'hôtel de ville et des services techniques, du lundi au samedi.
3. Durée : 12 mois à compter de la notification, reconductible une fois pour une durée identique.
4. Montant estimé : 78~000 € HT pour la durée totale, reconduction comprise.
5. Le marché n'est pas alloti : la prestation forme un ensemble indissociable.
6. Critères d'attribution, par ordre décroissant d'importance :
   1. Prix (55 %)
   2. Valeur technique : qualité de l'accueil, continuité du service, formation des téléconseillers (30 %)
   3. Mesures mises en œuvre par le candidat, pour l'exécution du marché, en faveur de l'égalité entre les femmes et les hommes et de la prévention des discriminations (15 %)
7. Documents de la consultation : téléchargeables sur https://villeroux.marches-publics.invalid
8. Date limite de réception des offres : 27/11/2026 à 16 h.
9. Renseignements administratifs : service de la commande publique ; renseignements techniques : direction de la relation aux usagers.
""",
    L(critere_social=1, allotissement=0, montant_estime_ht=78000,
      evidence=["en faveur de l'égalité entre les femmes et les hommes et de la prévention des discriminations (15 %)",
                "Le marché n'est pas alloti", "Montant estimé : 78 000 € HT"]),
    "BOAMP MAPA (texte)",
    "Critère social (égalité femmes-hommes, non-discrimination dans l'exécution) ; « n'est pas alloti ».")

# --- n23 : JOUE texte, lot 4 réservé EA/ESAT + Imprim'Vert/papier certifié
add("n23.txt", "txt", """Avis de marché
Fournitures
Base juridique : Directive 2014/24/UE
2026/S 216-655170

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Département du Val-de-Sorne
Hôtel du Département, 10 boulevard Carnot
Sorne-la-Ville
21310
France
Courriel : achats@valdesorne.invalid
Code NUTS : FRC11
I.4) Type de pouvoir adjudicateur : Autorité régionale ou locale

Section II : Objet
II.1.1) Intitulé : Impression, façonnage et routage des supports de communication du Département
II.1.2) Code CPV principal : 79800000 Services d'impression et services connexes
II.1.3) Type de marché : Fournitures
II.1.4) Description succincte : Impression du magazine départemental, des guides et affiches, et mise sous pli et routage des courriers en nombre.
II.1.5) Valeur totale estimée
Valeur hors TVA : 690 000.00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
II.2.1) Intitulé : Impression offset du magazine départemental - Lot nº : 1
II.2.1) Intitulé : Impression numérique de documents courts - Lot nº : 2
II.2.1) Intitulé : Façonnage spécifique et reliure - Lot nº : 3
II.2.1) Intitulé : Mise sous pli, affranchissement et routage - Lot nº : 4
II.2.5) Critères d'attribution (lots 1 à 4)
Critère de qualité - Nom : Valeur technique / Pondération : 40
Prix - Pondération : 60
II.2.14) Informations complémentaires (lot 4) :
Seul le lot 4 est concerné par la réservation mentionnée à la rubrique III.1.5 : il est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail.

Section III : Renseignements d'ordre juridique, économique, financier et technique
III.1.5) Informations sur les marchés réservés :
Le marché est réservé à des ateliers protégés et des opérateurs économiques dont l'objet est l'intégration sociale et professionnelle de personnes handicapées et défavorisées
III.2.2) Conditions particulières d'exécution :
Lots 1 et 2 : les travaux d'impression sont réalisés dans un atelier titulaire de la marque Imprim'Vert ou équivalente, sur papier recyclé ou issu de forêts gérées durablement (FSC, PEFC ou équivalent), avec des encres végétales.

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.1.3) Information sur l'accord-cadre : accord-cadre avec un seul opérateur par lot
IV.2.2) Date limite de réception des offres : 14/12/2026 à 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires : Les candidats peuvent soumissionner pour un ou plusieurs lots.
VI.5) Date d'envoi du présent avis : 06/11/2026
""",
    L(marche_reserve=1, reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=4,
      montant_estime_ht=690000,
      evidence=["il est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                "atelier titulaire de la marque Imprim'Vert ou équivalente, sur papier recyclé ou issu de forêts gérées durablement",
                "Lot nº : 4", "Valeur hors TVA : 690 000.00 EUR"]),
    "JOUE/TED formulaire standard (texte)",
    "Réservation du seul lot 4 (III.1.5 + II.2.14, EA/ESAT) ; condition environnementale d'impression pour les lots 1-2.")

# --- n24 : BOAMP MAPA, piège (sélection ISO, L. 5212-1) ; maximum annuel sur trois périodes
add("n24.txt", "txt", """BOAMP - Avis de marché
Annonce n° 26-146021 - Parution du 29/10/2026 - Département : 33

Organisme acheteur : Université Bordelaise du Littoral (UBL), direction du patrimoine, 351 cours de la Dune, 33405 Talençac
Mode de passation : procédure adaptée

Objet : Maintenance préventive et corrective des ascenseurs, monte-charges et plateformes élévatrices des campus
Nature : services - CPV 50750000 Services d'entretien d'ascenseurs
Forme du marché : accord-cadre à bons de commande avec un montant maximum annuel de 60 000 € HT. Durée : un an à compter du 1er janvier 2027, reconductible deux fois par période d'un an.

Justifications à produire quant aux qualités et capacités du candidat :
- lettre de candidature ou DC1, déclaration du candidat ou DC2 ;
- déclaration sur l'honneur justifiant que le candidat a satisfait à l'obligation d'emploi des travailleurs handicapés définie aux articles L. 5212-1 à L. 5212-11 du code du travail ;
- certifications ISO 9001 et ISO 14001 éventuellement détenues, ou descriptif des procédures qualité et environnement de l'entreprise ;
- liste des techniciens habilités et de leurs qualifications.

Critères d'attribution : valeur technique (55 %), prix (45 %).

Date limite de réception des offres : 24/11/2026 à 12h00.
Adresse de dépôt : https://ubl-talencac.marches.invalid
""",
    L(montant_max_ht=180000,
      evidence=["montant maximum annuel de 60 000 € HT", "reconductible deux fois par période d'un an",
                "[60 000 × 3 périodes annuelles = 180 000]"]),
    "BOAMP MAPA (texte)",
    "Piège : ISO 14001 et obligation d'emploi des travailleurs handicapés (L. 5212-1 à L. 5212-11) demandées en "
    "candidature ; maximum annuel 60 000 € sur trois périodes (180 000).")

# --- n25 : rendu eForms, insertion 1 750 h, objectif social, maximum, non alloti motivé
add("n25.txt", "txt", """Avis de marché ou de concession – régime normal
Travaux
2026/S 224-679215
France – Travaux d'entretien de bâtiments – Accord-cadre de travaux d'entretien des bâtiments communaux tous corps d'état

1. Acheteur
1.1 Acheteur
Nom officiel : Ville de Coudray-sur-Ardre
Forme juridique de l'acheteur : Autorité locale

2. Procédure
2.1 Procédure
Titre : Accord-cadre de travaux d'entretien des bâtiments communaux tous corps d'état
Description : Travaux d'entretien, de petite rénovation et de dépannage dans les 86 bâtiments communaux. Le marché n'est pas alloti : la coordination de plusieurs corps d'état sur des chantiers de faible ampleur et de courte durée l'exige (article L. 2113-11 du code de la commande publique).
Identifiant interne : VCA-2026-AC-TCE
Type de procédure : Ouverte
2.1.1 Objet
Nature du marché : Travaux
Classification principale (cpv) : 45453000 Travaux de remise en état et de remise à neuf
2.1.3 Valeur
Valeur maximale de l'accord-cadre : 4 200 000,00 EUR

5. Lot
5.1 Lot : LOT-0000
Titre : Entretien des bâtiments communaux tous corps d'état
5.1.3 Durée estimée
Durée : 48 Mois
5.1.6 Informations générales
Participation réservée : La participation n'est pas réservée.
Informations sur les marchés publics stratégiques :
Objectif de la procédure stratégique : Réduction des incidences sociales
Description : Une action d'insertion professionnelle de 1 750 heures au minimum sur la durée totale de l'accord-cadre est mise à la charge du titulaire.
Approche visant à réduire les incidences sociales : Emploi de personnes défavorisées
5.1.10 Critères d'attribution
Critère :
Type : Prix
Nom : Prix
Pondération (pourcentage, valeur exacte) : 50
Critère :
Type : Qualité
Nom : Valeur technique
Pondération (pourcentage, valeur exacte) : 50
5.1.12 Conditions du marché
Conditions relatives à l'exécution du marché : Les heures d'insertion peuvent être réalisées par embauche directe, par mise à disposition de salariés par une ETTI ou un GEIQ, ou par sous-traitance à une structure d'insertion par l'activité économique.
Accord-cadre : Accord-cadre, sans remise en concurrence
Nombre maximal de participants : 1

8. Organisations
8.1 ORG-0001
Nom officiel : Ville de Coudray-sur-Ardre
Ville : Coudray-sur-Ardre
Code postal : 08300
Pays : France
Courrier électronique : marches@coudray-ardre.invalid
Rôles de cette organisation : Acheteur

Informations sur l'avis
Date d'envoi de l'avis : 16/11/2026
""",
    L(clause_sociale=1, clause_insertion=1, heures_insertion=1750, allotissement=0, montant_max_ht=4200000,
      evidence=["Une action d'insertion professionnelle de 1 750 heures au minimum sur la durée totale de l'accord-cadre est mise à la charge du titulaire",
                "Le marché n'est pas alloti", "Valeur maximale de l'accord-cadre : 4 200 000,00 EUR"]),
    "eForms rendu TED (texte)",
    "Insertion 1 750 h dans la description de l'achat stratégique (objectif social) et modalités dans les conditions "
    "d'exécution ; maximum de l'accord-cadre ; non-allotissement motivé dans la description.")

# --- n26 : BOAMP, piège (maîtrise d'œuvre, profession d'architecte, « insertion urbaine »)
add("n26.txt", "txt", """Avis d'appel public à la concurrence - Maîtrise d'oeuvre
BOAMP - annonce n° 26-152208 - parue le 09/11/2026 - département 38

Nom de l'acheteur : Commune des Allières-en-Vercors
Représentant : M. le maire
Adresse : 1 place de la Fontaine, 38250 Les Allières-en-Vercors
Courriel : urbanisme@allieres-vercors.invalid

Objet : Marché de maîtrise d'oeuvre pour la construction d'un groupe scolaire de neuf classes et d'un restaurant scolaire
Mission : mission de base au sens du livre IV, titre III du code de la commande publique, complétée des missions EXE partielle et OPC
Montant prévisionnel des travaux : 3~800~000 € HT
Valeur estimée du marché de maîtrise d'oeuvre : 420~000 € HT

Procédure : procédure avec négociation (article R. 2124-3 du code de la commande publique) ; trois candidats au plus seront admis à négocier.
Lots : non

La participation est réservée à une profession particulière : oui
Les équipes doivent comporter un architecte inscrit au tableau de l'Ordre des architectes, mandataire du groupement.
Marché réservé (article L. 2113-12 ou L. 2113-13) : non

Critères de sélection des candidatures : compétences, moyens et références de l'équipe dans des opérations de même nature.
Critères d'attribution des offres :
- qualité architecturale et insertion urbaine et paysagère de l'intention de projet : 40 %
- méthodologie, organisation de l'équipe et temps passé par phase : 30 %
- prix (taux de rémunération) : 30 %

Date limite de réception des candidatures : 07/12/2026 à 12 heures
Renseignements : https://allieres-vercors.marches.invalid
""",
    L(allotissement=0, montant_estime_ht=420000, evidence=["Valeur estimée du marché de maîtrise d'oeuvre : 420 000 € HT"]),
    "BOAMP (texte)",
    "Piège : « réservée à une profession particulière » (architectes), « Marché réservé (…) : non », « insertion "
    "urbaine et paysagère » (sens architectural) ; montant des travaux ≠ valeur du marché (420 000).")

# --- n27 : JOUE texte, condition environnementale en VI.3, 3 lots, maximum total et estimation
add("n27.txt", "txt", """Avis de marché
Fournitures
Directive 2014/24/UE
2026/S 210-636742

Section I : Pouvoir adjudicateur
I.1) Nom et adresses
Centre de gestion de la fonction publique territoriale de l'Ardrèche
6 rue du Pont-Vieux
Privel
07000
France
Courriel : groupement@cdg-ardreche.invalid
I.2) Informations sur la passation conjointe : Le marché est passé pour le compte d'un groupement de commandes de 47 collectivités.

Section II : Objet
II.1.1) Intitulé : Fourniture de papier, de consommables d'impression et de petites fournitures de bureau
II.1.3) Type de marché : Fournitures
II.1.4) Description succincte : Accords-cadres à bons de commande d'une durée de quatre ans, mono-attributaires par lot, avec livraison sur les sites des membres du groupement.
II.1.5) Valeur totale estimée
Valeur hors TVA : 720 000.00 EUR
II.1.6) Information sur les lots
Ce marché est divisé en lots : oui
Nombre maximal de lots qui peuvent être attribués à un seul soumissionnaire : 3
II.2.1) Intitulé : Papier de reprographie - Lot nº : 1
II.2.1) Intitulé : Cartouches, toners et consommables d'impression - Lot nº : 2
II.2.1) Intitulé : Petites fournitures de bureau - Lot nº : 3
II.2.5) Critères d'attribution : Critère de qualité - Nom : Valeur technique et qualité des produits / Pondération : 40 ; Prix - Pondération : 60

Section IV : Procédure
IV.1.1) Type de procédure : Procédure ouverte
IV.1.3) Information sur l'accord-cadre : Le présent avis concerne la mise en place d'un accord-cadre avec un seul opérateur
IV.2.2) Date limite de réception des offres : 04/12/2026 - 12:00

Section VI : Renseignements complémentaires
VI.3) Informations complémentaires :
Montants maximums des accords-cadres pour leur durée totale : lot 1 : 480 000 EUR HT ; lot 2 : 320 000 EUR HT ; lot 3 : 160 000 EUR HT, soit 960 000 EUR HT pour l'ensemble des lots.
Le titulaire du lot 2 collecte sans surcoût les cartouches et toners usagés et les remet à une filière de réemploi ou de recyclage. Pour tous les lots, les livraisons sont regroupées au plus une fois par semaine et par site et les emballages de livraison sont repris par le titulaire.
VI.5) Date d'envoi du présent avis : 23/10/2026
""",
    L(clause_environnementale=1, allotissement=1, nb_lots=3, montant_estime_ht=720000, montant_max_ht=960000,
      evidence=["collecte sans surcoût les cartouches et toners usagés et les remet à une filière de réemploi ou de recyclage",
                "Lot nº : 3", "Valeur hors TVA : 720 000.00 EUR", "soit 960 000 EUR HT pour l'ensemble des lots"]),
    "JOUE/TED formulaire standard (texte)",
    "Condition environnementale placée en VI.3 (reprise des cartouches, livraisons groupées, reprise des emballages) ; "
    "maximum par lot et total (960 000) distinct de l'estimation (720 000).")

# --- n28 : BOAMP, piège (marché dont l'objet est l'insertion, support entretien des berges)
add("n28.txt", "txt", """BOAMP - Avis de marché - Procédure adaptée
Annonce n° 26-147315 publiée le 31/10/2026 - Département : 19

Acheteur : Syndicat mixte du bassin de la Lirande, 2 chemin du Moulin, 19160 Neuvic-la-Lirande
Contact : technicien rivière - riviere@sm-lirande.invalid

Objet du marché : Prestation d'insertion et de qualification professionnelles de personnes éloignées de l'emploi, ayant pour support l'entretien de la végétation des berges et des ripisylves de la Lirande et de ses affluents.
Catégorie : services - CPV 80530000 Services de formation professionnelle ; 77211500 Services d'entretien des arbres
Durée : trois ans ferme à compter d'avril 2027
Montant estimatif : 210~000 € HT pour les trois ans
Pas d'allotissement

Marché réservé : Non

Critères de jugement des offres : valeur technique de l'offre (60 %) et prix (40 %).

Pièces de candidature : DC1, DC2, attestations d'assurance, liste des encadrants techniques.
Remise des offres : au plus tard le 30/11/2026 à 12h sur https://sm-lirande.marches.invalid
""",
    L(allotissement=0, montant_estime_ht=210000, evidence=["Pas d'allotissement", "Montant estimatif : 210 000 € HT"]),
    "BOAMP MAPA (texte)",
    "Piège : l'objet du marché est une prestation d'insertion (support : entretien des berges) : ni clause "
    "d'insertion ni réservation (« Marché réservé : Non »).")

# =============================================================================== PDF
def pdf(header, footer, blocks):
    return (header, footer, blocks)


# --- n29 : avis imprimé, lots 2 et 3 réservés à la fois EA/ESAT et SIAE (L2113-12 et L2113-13)
add("n29.pdf", "pdf", pdf("Commune de Larmor-Vézin – Avis d'appel public à la concurrence", "Réf. LV-2026-NET-03",
    [TITLE("COMMUNE DE LARMOR-VÉZIN", "AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – Services"),
     H("1. Acheteur"),
     P("Commune de Larmor-Vézin, représentée par son maire, 1 rue de l'Océan, 56260 Larmor-Vézin. Courriel : achats@larmor-vezin.invalid."),
     H("2. Objet de la consultation"),
     P("Prestations de nettoyage et d'entretien des équipements sportifs, des salles associatives et des sanitaires publics de la commune."),
     H("3. Décomposition en lots"),
     P("La consultation est divisée en trois lots, attribués séparément :"),
     LST(["Lot 1 : gymnases et salle omnisports du Ter ;", "Lot 2 : salles associatives et maison des jeunes ;",
          "Lot 3 : sanitaires publics du front de mer et du port de plaisance."]),
     P("Le lot 1 n'est pas réservé. Les lots 2 et 3 sont réservés, en application des articles L. 2113-12 et L. 2113-13 du code de la commande publique, à la fois aux entreprises adaptées, aux établissements et services d'aide par le travail et aux structures d'insertion par l'activité économique."),
     H("4. Estimation"),
     P("Le montant estimé de l'ensemble des prestations est de 265 000 € HT pour une durée de trois ans."),
     H("5. Critères de jugement des offres"),
     P("Prix : 50 % ; valeur technique (moyens humains, fréquences de passage, contrôle qualité) : 50 %."),
     H("6. Remise des offres"),
     P("Les offres sont remises sur le profil d'acheteur https://larmor-vezin.marches.invalid avant le 8 décembre 2026 à 12 h 00. Durée de validité des offres : 90 jours."),
     H("7. Recours"),
     P("Tribunal administratif de Kervallon, 3 contour de la Motte, 35044 Kervallon.")]),
    L(marche_reserve=1, reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=3, montant_estime_ht=265000,
      evidence=["en application des articles L. 2113-12 et L. 2113-13 du code de la commande publique, à la fois aux entreprises adaptées",
                "La consultation est divisée en trois lots", "265 000 € HT"]),
    "Avis AAPC imprimé (PDF)",
    "Lots 2 et 3 réservés à la fois EA/ESAT et SIAE (deux articles cités), lot 1 « n'est pas réservé ».")

# --- n30 : avis JAL imprimé, vêtements de travail : OIT en condition d'exécution + critère traçabilité sociale et environnementale
add("n30.pdf", "pdf", pdf("Syndicat des eaux du Haut-Vallon – Avis de marché", "Annonce légale parue dans L'Écho du Vallon du 04/11/2026",
    [TITLE("SYNDICAT DES EAUX DU HAUT-VALLON", "AVIS DE MARCHÉ", "Fournitures – procédure adaptée"),
     H("Identification de l'acheteur"),
     P("Syndicat des eaux du Haut-Vallon (SEHV), 18 route de la Source, 25390 Orchamps-Vallon. Contact : service moyens généraux, moyens@sehv.invalid."),
     H("Objet"),
     P("Fourniture de vêtements de travail et d'équipements de protection individuelle pour les agents d'exploitation."),
     P("Lot n° 1 : vêtements de travail et vêtements haute visibilité. Lot n° 2 : chaussures de sécurité et gants de protection."),
     H("Forme et montant"),
     P("Accords-cadres à bons de commande conclus pour une durée de quatre ans. Montant maximum : 240 000 € HT sur la durée totale, tous lots confondus."),
     H("Conditions particulières d'exécution"),
     P("Le titulaire garantit que les articles livrés sont fabriqués dans le respect des huit conventions fondamentales de l'Organisation internationale du travail. Il communique à l'acheteur, à première demande, les rapports d'audits sociaux des sites de confection."),
     H("Critères d'attribution"),
     LST(["Prix : 50 % ;", "Qualité et confort des articles, appréciés sur échantillons : 40 % ;",
          "Traçabilité sociale et environnementale de la chaîne d'approvisionnement : 10 %."]),
     H("Date limite de réception des offres"),
     P("Lundi 30 novembre 2026 à 12 h. Dépôt électronique obligatoire sur https://sehv.marches.invalid.")]),
    L(clause_sociale=1, critere_social=1, critere_environnemental=1, allotissement=1, nb_lots=2, montant_max_ht=240000,
      evidence=["fabriqués dans le respect des huit conventions fondamentales de l'Organisation internationale du travail",
                "Traçabilité sociale et environnementale de la chaîne d'approvisionnement : 10 %",
                "Lot n° 2", "Montant maximum : 240 000 € HT sur la durée totale"]),
    "Avis JAL imprimé (PDF)",
    "Clause sociale sans insertion (conventions de l'OIT, audits sociaux) ; un critère à la fois social et "
    "environnemental ; maximum tous lots sur la durée totale.")

# --- n31 : avis d'attribution d'un marché réservé (L2113-12), attributaire ESAT
add("n31.pdf", "pdf", pdf("Communauté urbaine de Brévannes-Métropole – Avis d'attribution", "Direction de la commande publique",
    [TITLE("COMMUNAUTÉ URBAINE DE BRÉVANNES-MÉTROPOLE", "AVIS D'ATTRIBUTION", "Marché public de services"),
     H("1. Acheteur"),
     P("Communauté urbaine de Brévannes-Métropole, 2 esplanade de l'Europe, 76610 Brévannes. Courriel : commande.publique@brevannes-metropole.invalid."),
     H("2. Objet du marché"),
     P("Conditionnement, mise sous pli et dépôt en poste des courriers de facturation de l'eau et de l'assainissement."),
     H("3. Caractéristiques"),
     P("Marché réservé (article L. 2113-12 du code de la commande publique). Marché à lot unique, conclu pour une durée de deux ans."),
     H("4. Procédure"),
     P("Procédure adaptée ouverte. Avis de publicité initial publié le 12 mai 2026. Nombre d'offres reçues : 2."),
     H("5. Attribution"),
     P("Date de notification : 21 septembre 2026."),
     P("Attributaire : ESAT Les Ateliers de la Vannière, 14 rue des Peupliers, 76620 Vannière."),
     P("Montant du marché attribué : 86 400 € HT."),
     H("6. Consultation du marché"),
     P("Le marché peut être consulté, sous réserve des secrets protégés par la loi, à la direction de la commande publique."),
     H("7. Recours"),
     P("Tribunal administratif de Rouvray, 53 avenue Gustave-Flaubert, 76005 Rouvray.")]),
    L(marche_reserve=1, reserve_base="L2113-12", allotissement=0,
      evidence=["Marché réservé (article L. 2113-12 du code de la commande publique)"]),
    "Avis d'attribution imprimé (PDF)",
    "Avis d'attribution d'un marché effectivement réservé (article cité) ; lot unique ; montant attribué, pas "
    "d'estimation.")

# --- n32 : piège (objet bacs et composteurs, direction de l'environnement, « néant »)
add("n32.pdf", "pdf", pdf("Communauté d'agglomération du Grand Ostrel – Avis d'appel public à la concurrence", "Direction de l'environnement et de la propreté",
    [TITLE("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND OSTREL", "Direction de l'environnement et de la propreté",
           "Avis d'appel public à la concurrence – procédure adaptée"),
     H("Objet"),
     P("Fourniture et livraison de bacs roulants de collecte sélective, de composteurs individuels en bois et de bio-seaux, destinés au programme local de prévention des déchets ménagers et assimilés."),
     H("Allotissement"),
     P("Allotissement : non. Les fournitures sont commandées et livrées ensemble auprès des mêmes points de stockage."),
     H("Montant estimé"),
     P("150 000 € HT sur deux ans."),
     H("Critères d'attribution"),
     P("Prix (60 %) ; valeur technique (40 %) appréciée au regard de la robustesse des matériels, des délais de livraison et du service après-vente."),
     H("Conditions particulières d'exécution"),
     P("Néant."),
     H("Remise des offres"),
     P("Au plus tard le 2 décembre 2026 à 12 h, sur https://grandostrel.marches.invalid. Renseignements : prevention.dechets@grandostrel.invalid.")]),
    L(allotissement=0, montant_estime_ht=150000, evidence=["150 000 € HT sur deux ans"]),
    "Avis AAPC imprimé (PDF)",
    "Piège : objet à finalité environnementale (composteurs, collecte sélective), direction « de l'environnement » ; "
    "conditions d'exécution « Néant » ; critères sans environnement.")

# --- n33 : travaux 7 lots, tri des déchets en condition + critère déchets ; « Clause d'insertion : non »
add("n33.pdf", "pdf", pdf("Ville de Beaulac-sur-Tarne – Avis d'appel public à la concurrence", "Opération n° 2026-SPORT-01",
    [TITLE("VILLE DE BEAULAC-SUR-TARNE", "AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Marché public de travaux"),
     H("Pouvoir adjudicateur"),
     P("Ville de Beaulac-sur-Tarne, place Jean-Jaurès, 81420 Beaulac-sur-Tarne – marches@beaulac-tarne.invalid."),
     H("Objet"),
     P("Construction d'une salle multisports et de ses vestiaires, rue des Cerisiers."),
     H("Lots"),
     P("Les travaux sont décomposés en 7 lots : 1 terrassement – VRD ; 2 gros œuvre ; 3 charpente métallique – bardage ; 4 étanchéité ; 5 menuiseries ; 6 sols sportifs ; 7 lots techniques (CVC, plomberie, électricité)."),
     H("Montant estimé des travaux"),
     P("2 750 000 € HT, tous lots confondus."),
     H("Conditions d'exécution"),
     P("Les entreprises trient leurs déchets à la source selon au moins cinq flux (bois, métaux, plâtre, inertes, déchets non dangereux en mélange) et remettent les bordereaux de suivi au maître d'œuvre ; la charte de chantier à faibles nuisances annexée au CCAP s'impose à tous les lots."),
     P("Clause d'insertion : non."),
     H("Critères d'attribution"),
     P("Critère n° 1 : prix des prestations (55 %). Critère n° 2 : valeur technique au vu du mémoire (30 %). Critère n° 3 : performance en matière de réduction et de valorisation des déchets de chantier (15 %)."),
     H("Date limite"),
     P("Réception des offres le 15 décembre 2026 à 17 h, sur le profil d'acheteur https://beaulac-tarne.marches.invalid.")]),
    L(clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=7, montant_estime_ht=2750000,
      evidence=["Les entreprises trient leurs déchets à la source selon au moins cinq flux",
                "performance en matière de réduction et de valorisation des déchets de chantier (15 %)",
                "Les travaux sont décomposés en 7 lots", "2 750 000 € HT"]),
    "Avis AAPC imprimé (PDF)",
    "Tri des déchets de chantier en condition d'exécution et critère « déchets » ; « Clause d'insertion : non ».")

# --- n34 : piège (pas de clause d'insertion ; information sur le facilitateur ; lot unique)
add("n34.pdf", "pdf", pdf("Commune de Montferrand-le-Petit – Avis d'appel public à la concurrence", "Marché n° 2026-07",
    [TITLE("COMMUNE DE MONTFERRAND-LE-PETIT", "AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – travaux"),
     H("Acheteur"),
     P("Commune de Montferrand-le-Petit, 5 Grande Rue, 24440 Montferrand-le-Petit. Courriel : mairie@montferrand-petit.invalid."),
     H("Objet du marché"),
     P("Réfection de la toiture et de la charpente de l'église Saint-Martin (couverture en tuiles plates, traitement des bois, reprise des zingueries)."),
     H("Lot unique"),
     P("Le marché fait l'objet d'un lot unique, les prestations ne pouvant être dissociées pour des raisons techniques."),
     H("Estimation"),
     P("Estimation de l'acheteur : 185 000 € HT."),
     H("Critères de choix"),
     P("Valeur technique : 60 %, dont moyens humains et matériels affectés au chantier et méthodologie d'intervention sur monument ancien. Prix : 40 %."),
     H("Informations complémentaires"),
     P("Le marché ne comporte pas de clause d'insertion. Les entreprises qui souhaitent recruter localement peuvent, si elles le désirent, se rapprocher du facilitateur de la Maison de l'emploi du Périgord vert."),
     P("L'environnement de travail en hauteur impose un échafaudage de pied conforme à la réglementation ; le plan d'installation de chantier est joint au dossier."),
     H("Remise des offres"),
     P("Au plus tard le 4 décembre 2026 à 12 h sur https://montferrand-petit.marches.invalid.")]),
    L(allotissement=0, montant_estime_ht=185000,
      evidence=["Le marché fait l'objet d'un lot unique", "Estimation de l'acheteur : 185 000 € HT"]),
    "Avis AAPC imprimé (PDF)",
    "Piège : « ne comporte pas de clause d'insertion » avec simple information sur le facilitateur ; « environnement de "
    "travail » (sécurité) ; lot unique.")

# --- n35 : critère « heures confiées à des personnes éloignées de l'emploi » + engagement contractuel, maximum
add("n35.pdf", "pdf", pdf("Ville de Saint-Brevin-des-Landes – Avis de marché", "Consultation SBL-2026-ENT",
    [TITLE("VILLE DE SAINT-BREVIN-DES-LANDES", "AVIS DE MARCHÉ", "Services – procédure adaptée"),
     H("Objet"),
     P("Entretien ménager des écoles maternelles et élémentaires et des locaux des accueils périscolaires."),
     P("Marché non alloti : la coordination des interventions entre écoles et accueils périscolaires le justifie."),
     H("Forme du marché"),
     P("Accord-cadre à bons de commande. Montant maximum sur la durée totale du marché (4 ans) : 380 000 € HT."),
     H("Critères d'attribution"),
     LST(["Critère 1 – Prix : 55 %", "Critère 2 – Valeur technique (organisation, produits, contrôle) : 35 %",
          "Critère 3 – Nombre d'heures de travail que le candidat s'engage à confier à des personnes éloignées de l'emploi : 10 %"]),
     H("Engagement horaire"),
     P("L'engagement horaire figurant dans l'offre retenue a valeur contractuelle ; son inexécution est sanctionnée par une pénalité de 50 € HT par heure non réalisée."),
     H("Réception des offres"),
     P("Date limite : 1er décembre 2026 à 12 h. Adresse : https://saint-brevin-landes.marches.invalid. Renseignements : service éducation, 02 40 00 00 02.")]),
    L(clause_sociale=1, clause_insertion=1, critere_social=1, allotissement=0, montant_max_ht=380000,
      evidence=["Nombre d'heures de travail que le candidat s'engage à confier à des personnes éloignées de l'emploi : 10 %",
                "L'engagement horaire figurant dans l'offre retenue a valeur contractuelle",
                "Marché non alloti", "Montant maximum sur la durée totale du marché (4 ans) : 380 000 € HT"]),
    "Avis imprimé (PDF)",
    "Critère d'insertion (heures proposées) rendu contractuel et pénalisé -> clause d'insertion sans nombre d'heures ; "
    "non alloti motivé ; maximum sur 4 ans.")

# --- n36 : piège (biodéchets, « réservé : non », exécution « conformément au CCAP », critères dans le RC)
add("n36.pdf", "pdf", pdf("SIVU de restauration scolaire Les Coteaux verts – Avis d'appel public à la concurrence", "SIVU Les Coteaux verts",
    [TITLE("SIVU DE RESTAURATION SCOLAIRE LES COTEAUX VERTS", "AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Procédure adaptée – services"),
     H("I. Acheteur"),
     P("SIVU de restauration scolaire Les Coteaux verts, 9 rue des Vignes, 33540 Sauveterre-les-Coteaux. Courriel : sivu.coteaux@coteaux-verts.invalid."),
     H("II. Objet"),
     P("Collecte, transport et valorisation par compostage ou méthanisation des biodéchets des quatre restaurants scolaires du syndicat."),
     P("Division en lots : non."),
     P("Montant estimé : 120 000 € HT pour la durée totale de quatre ans."),
     H("III. Conditions de participation"),
     P("Le candidat justifie que l'installation de traitement à laquelle il recourt dispose de l'autorisation ou de l'enregistrement requis au titre des installations classées pour la protection de l'environnement."),
     P("III.1.5 – Marché réservé : non."),
     H("III.2 – Conditions d'exécution"),
     P("Conformément au cahier des clauses administratives particulières."),
     H("IV. Critères d'attribution"),
     P("Offre économiquement la plus avantageuse appréciée en fonction des critères énoncés dans le règlement de la consultation."),
     H("V. Date limite"),
     P("Réception des offres le 9 décembre 2026 à 12 h sur https://coteaux-verts.marches.invalid.")]),
    L(allotissement=0, montant_estime_ht=120000, evidence=["Division en lots : non.", "Montant estimé : 120 000 € HT"]),
    "Avis AAPC imprimé (PDF)",
    "Piège : objet = valorisation des biodéchets, « Coteaux verts » dans le nom ; ICPE en condition de participation ; "
    "« Marché réservé : non » ; exécution « conformément au CCAP » ; critères renvoyés au règlement.")

# =============================================================================== production et contrôles
def wsnorm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("~", " ")
    return re.sub(r"\s+", " ", s).strip()


def render(n):
    if n["kind"] == "xml":
        return n["content"].encode("utf-8")
    if n["kind"] == "txt":
        return n["content"].replace("~", NB).replace("^", NNB).encode("utf-8")
    header, footer, blocks = n["content"]
    blocks = [_conv(b, True) for b in blocks]
    buf = io.BytesIO()
    build_pdf(buf, _conv_str(header, True), _conv_str(footer, True), blocks, title=header)
    return buf.getvalue()


def texts_of(n, data):
    """Textes où chercher une citation : éléments XML un à un, sinon le texte entier du fichier."""
    if n["kind"] == "xml":
        root = etree.fromstring(data)       # lève une erreur si le XML est mal formé
        return [wsnorm(el.text) for el in root.iter() if isinstance(el.tag, str) and el.text and el.text.strip()]
    if n["kind"] == "txt":
        return [wsnorm(data.decode("utf-8"))]
    r = PdfReader(io.BytesIO(data))
    return [wsnorm("\n".join(p.extract_text() for p in r.pages))], len(r.pages)


def main():
    problems = []
    first = {n["file"]: render(n) for n in NOTICES}
    second = {n["file"]: render(n) for n in NOTICES}
    for f in first:
        if hashlib.md5(first[f]).hexdigest() != hashlib.md5(second[f]).hexdigest():
            problems.append("%s : sortie non déterministe" % f)
    if len(set(first)) != len(NOTICES):
        problems.append("noms de fichiers en double")
    rows = []
    kinds = {}
    pages = {}
    for n in NOTICES:
        data = first[n["file"]]
        kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
        try:
            t = texts_of(n, data)
        except etree.XMLSyntaxError as e:
            problems.append("%s : XML mal formé : %s" % (n["file"], e))
            continue
        if n["kind"] == "pdf":
            t, np_ = t
            pages[np_] = pages.get(np_, 0) + 1
            if np_ > 3:
                problems.append("%s : %d pages" % (n["file"], np_))
        lab = n["label"]
        for q in lab["evidence"]:
            if q.startswith("["):
                continue
            qn_ = wsnorm(q)
            if not any(qn_ in x for x in t):
                problems.append("%s : preuve absente : %r" % (n["file"], q))
        ev = " | ".join(wsnorm(q) for q in lab["evidence"])
        if len(ev) > 300:
            problems.append("%s : preuve trop longue (%d)" % (n["file"], len(ev)))
        filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
        if filled and not lab["evidence"]:
            problems.append("%s : valeurs sans preuve" % n["file"])
        if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
            problems.append("%s : clause_insertion sans clause_sociale" % n["file"])
        if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
            problems.append("%s : marche_reserve / reserve_base incohérents" % n["file"])
        if lab["nb_lots"] and lab["allotissement"] != 1:
            problems.append("%s : nb_lots sans allotissement" % n["file"])
        if lab["heures_insertion"] and lab["clause_insertion"] != 1:
            problems.append("%s : heures sans clause_insertion" % n["file"])
        if lab["reserve_base"]:
            for b in lab["reserve_base"].split(";"):
                if b not in ("L2113-12", "L2113-13", "L2113-13-1", "L2113-15", "?"):
                    problems.append("%s : base %s" % (n["file"], b))
        row = {"path": n["file"], "doc_type": "AVIS"}
        for c in COLUMNS[2:-1]:
            row[c] = _fmt(lab[c])
        row["evidence"] = ev
        rows.append(row)
    if problems:
        for p in problems:
            print("PROBLÈME :", p)
        return 1
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    for n in NOTICES:
        with open(os.path.join(DOCS, n["file"]), "wb") as fh:
            fh.write(first[n["file"]])
    with open(os.path.join(DOCS, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    cats = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale",
            "critere_environnemental")
    print("%d avis (%s) ; PDF : %s ; md5 identiques sur deux passes ; preuves toutes retrouvées" % (
        len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. × %d" % kv for kv in sorted(pages.items()))))
    for c in cats + ("heures_insertion", "allotissement", "nb_lots", "montant_estime_ht", "montant_max_ht"):
        vals = [r[c] for r in rows]
        if c in cats:
            print("  %-24s positifs : %d" % (c, sum(v == "1" for v in vals)))
        else:
            print("  %-24s renseignés : %d%s" % (c, sum(v != "" for v in vals),
                                                  " (1 : %d, 0 : %d)" % (vals.count("1"), vals.count("0")) if c == "allotissement" else ""))
    neg = [r["path"] for r in rows if not any(r[c] == "1" for c in cats)]
    print("  avis sans aucune catégorie positive : %d" % len(neg))
    # tableau pour le README
    print("\n| fichier | forme | colonnes positives | contenu et pièges |\n|---|---|---|---|")
    for n, r in zip(NOTICES, rows):
        pos = [c for c in cats if r[c] == "1"]
        if r["heures_insertion"]:
            pos.append("heures=%s" % r["heures_insertion"])
        if r["reserve_base"]:
            pos.append("base=%s" % r["reserve_base"])
        vals = []
        for c in ("allotissement", "nb_lots", "montant_estime_ht", "montant_max_ht"):
            if r[c] != "":
                vals.append("%s=%s" % (c, r[c]))
        print("| %s | %s | %s | %s |" % (n["file"], n["form"], ", ".join(pos) or "aucune (piège)",
                                         n["note"] + (" Valeurs : " + ", ".join(vals) + "." if vals else "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
