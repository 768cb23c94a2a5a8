#!/usr/bin/env python3
"""Construit le jeu scellé extraction-4 : 18 dossiers entiers (PDF reportlab, DOCX python-docx, notices .txt).

Écrit par une session d'aide agissant comme annotateur aveugle (sans lecture du moteur).
Infrastructure DOCX/TXT, aides de saisie et écriture de dossiers.yml / `expect` / labels.csv reprises
de tests/data/blind_values_6/make_documents.py (parties d'infrastructure seulement) ; la mise en page PDF
est réécrite avec reportlab.platypus (vrais objets Table, pages à deux colonnes, « Page n / N »).

Déterministe : pas d'aléa, PDF reportlab invariant=1, entrées zip des DOCX datées du 2026-01-01.
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la pièce
seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux, références et nombres sont inventés.

Conventions de saisie : « ~ » = espace insécable U+00A0 ; « ^ » = espace fine insécable U+202F (remplacée
par U+00A0 dans les PDF, Helvetica n'ayant pas ce glyphe) ; BR = retour à la ligne forcé dans les PDF
(nombre ou libellé coupé en fin de ligne ; simple espace dans les DOCX et TXT).

Usage : .venv/bin/python tests/sealed/extraction-4/make_documents.py
"""
import csv
import datetime
import io
import os
import re
import shutil
import sys
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossiers")
BR = "¦BR¦"          # retour à la ligne forcé (PDF) ; espace ailleurs
NB = "\u00a0"         # espace insécable
NNB = "\u202f"        # espace fine insécable (DOCX et TXT seulement)
AUTHOR = "clausecheck extraction-4"

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

# ----------------------------------------------------------------------------- blocs
# ("title", [lignes]) ; ("h", texte) ; ("h2", texte) ; ("p", texte) ; ("list", [items]) ;
# ("table", rows, {"lines": bool, "widths": [...], "align": "lrr", "header": True, "total": bool}) ;
# ("split", avant, après) : paragraphe coupé par un saut de page ; ("pagebreak",)


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
        elif k == "table":
            for r in b[1]:
                out.append(" ".join(r))
        elif k == "split":
            out.append(b[1] + " " + b[2])
    s = "\n".join(out).replace(BR, " ").replace(NB, " ").replace(NNB, " ")
    return s


# ----------------------------------------------------------------------------- PDF (platypus)
PW, PH = A4
ML, MR, MT, MB = 62, 58, 78, 70
FONT, BOLD = "Helvetica", "Helvetica-Bold"

ST_P = ParagraphStyle("p", fontName=FONT, fontSize=10.2, leading=13.8, spaceAfter=5)
ST_P2 = ParagraphStyle("p2", parent=ST_P, fontSize=9.2, leading=12.2, spaceAfter=4)
ST_H = ParagraphStyle("h", fontName=BOLD, fontSize=11.2, leading=14.5, spaceBefore=8, spaceAfter=4,
                      keepWithNext=1)
ST_H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.2, leading=13.5, spaceBefore=5, spaceAfter=3,
                       keepWithNext=1)
ST_T0 = ParagraphStyle("t0", fontName=BOLD, fontSize=10.5, leading=14, alignment=TA_CENTER)
ST_T1 = ParagraphStyle("t1", fontName=BOLD, fontSize=14, leading=19, alignment=TA_CENTER, spaceBefore=3,
                       spaceAfter=3)
ST_T2 = ParagraphStyle("t2", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_CENTER)
ST_LI = ParagraphStyle("li", parent=ST_P, leftIndent=16, bulletIndent=4, spaceAfter=2)
ST_TC = ParagraphStyle("tc", fontName=FONT, fontSize=9, leading=11.4)
ST_TCB = ParagraphStyle("tcb", parent=ST_TC, fontName=BOLD)
ST_TCR = ParagraphStyle("tcr", parent=ST_TC, alignment=2)
ST_TCRB = ParagraphStyle("tcrb", parent=ST_TCR, fontName=BOLD)


def _mk(s):
    """Texte saisi -> balisage Paragraph (échappement, retours forcés)."""
    return escape(s).replace(escape(BR), "<br/>")


def _narrow(st, two):
    if not two:
        return st
    return ParagraphStyle(st.name + "n", parent=st, fontSize=st.fontSize - 1, leading=st.leading - 1.4)


def _flowables(blocks, fw, two):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            for i, ln in enumerate(b[1]):
                st = ST_T0 if i == 0 else ST_T1 if i == 1 else ST_T2
                out.append(Paragraph(_mk(ln), _narrow(st, two)))
            out.append(Spacer(1, 4))
            out.append(HRFlowable(width="100%", thickness=0.7, spaceBefore=2, spaceAfter=8))
        elif k == "h":
            out.append(Paragraph(_mk(b[1]), _narrow(ST_H, two)))
        elif k == "h2":
            out.append(Paragraph(_mk(b[1]), _narrow(ST_H2, two)))
        elif k == "p":
            out.append(Paragraph(_mk(b[1]), _narrow(ST_P, two)))
        elif k == "list":
            for it in b[1]:
                out.append(Paragraph(_mk(it), _narrow(ST_LI, two), bulletText="-"))
            out.append(Spacer(1, 4))
        elif k == "split":
            out.append(Paragraph(_mk(b[1]), _narrow(ST_P, two)))
            out.append(PageBreak())
            out.append(Paragraph(_mk(b[2]), _narrow(ST_P, two)))
        elif k == "pagebreak":
            out.append(PageBreak())
        elif k == "table":
            out.extend([Spacer(1, 3), _table(b[1], b[2] if len(b) > 2 else {}, fw), Spacer(1, 8)])
        else:
            raise ValueError(k)
    return out


def _table(rows, opt, fw):
    n = len(rows[0])
    fr = opt.get("widths") or [1.0] * n
    tot = float(sum(fr))
    cw = [fw * f / tot for f in fr]
    align = opt.get("align") or "l" * n
    header = opt.get("header", True)
    total = opt.get("total", False)
    data = []
    for ri, r in enumerate(rows):
        bold = (header and ri == 0) or (total and ri == len(rows) - 1)
        line = []
        for ci, c in enumerate(r):
            if align[ci] == "r":
                st = ST_TCRB if bold else ST_TCR
            else:
                st = ST_TCB if bold else ST_TC
            line.append(Paragraph(_mk(c), st))
        data.append(line)
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if opt.get("lines", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    else:
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        if total:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
    t.setStyle(TableStyle(style))
    return t


def _render_pdf(path_or_buf, header, footer, blocks, columns, title, total):
    doc = BaseDocTemplate(path_or_buf, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                          bottomMargin=MB, title=title or header, author=AUTHOR, creator=AUTHOR,
                          subject="", keywords="", invariant=1)
    fw = PW - ML - MR
    if columns == 2:
        gap = 18
        cw = (fw - gap) / 2
        frames = [Frame(ML, MB, cw, PH - MT - MB, id="c1", leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0),
                  Frame(ML + cw + gap, MB, cw, PH - MT - MB, id="c2", leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0)]
        tw = cw
    else:
        frames = [Frame(ML, MB, fw, PH - MT - MB, id="f", leftPadding=0, rightPadding=0,
                        topPadding=0, bottomPadding=0)]
        tw = fw

    def deco(c, d):
        c.saveState()
        c.setFont(FONT, 8.5)
        c.drawString(ML, PH - 42, header)
        c.setLineWidth(0.5)
        c.line(ML, PH - 48, PW - MR, PH - 48)
        c.line(ML, 52, PW - MR, 52)
        c.drawString(ML, 38, footer)
        pg = "Page %d / %d" % (d.page, total or 0)
        c.drawString(PW - MR - stringWidth(pg, FONT, 8.5), 38, pg)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    doc.build(_flowables(blocks, tw, columns == 2))
    return doc.page


def build_pdf(path, header, footer, blocks, columns=1, title=""):
    n = _render_pdf(io.BytesIO(), header, footer, blocks, columns, title, None)
    n2 = _render_pdf(path, header, footer, blocks, columns, title, n)
    assert n == n2
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
            d.add_paragraph(b[1].replace(BR, " "))
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it.replace(BR, " "), style="List Bullet")
        elif k == "split":
            p = d.add_paragraph(b[1] + " ")
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(b[2])
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opt.get("lines", True):
                t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = v.replace(BR, " ")
                    if (i == 0 and opt.get("header", True)) or (opt.get("total") and i == len(rows) - 1):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(k)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = header
    buf = io.BytesIO()
    d.save(buf)
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
            out.append(b[1].replace(BR, " "))
        elif k == "list":
            out.extend("- " + i for i in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(r))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).replace(BR, " ") + "\n")


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


def SPLIT(a, b):
    return ("split", a, b)


def TITLE(*lines):
    return ("title", list(lines))


PB = ("pagebreak",)


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


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def norm(s):
    return (s.replace("~", " ").replace("^", " ").replace(BR, " ")
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
# Rédigés pour ce jeu. Aucune considération sociale ni environnementale ; certains portent des pièges
# chiffrés (seuil d'avance, paiement direct en TTC, retenue de garantie, pénalités, délais en heures)
# qui ne sont ni un maximum, ni une estimation, ni des heures d'insertion.

CCAG = {
    "FCS": "cahier des clauses administratives générales applicable aux marchés publics de fournitures courantes et de services (CCAG-FCS) approuvé par l'arrêté du 30 mars 2021",
    "TRAVAUX": "cahier des clauses administratives générales applicable aux marchés publics de travaux (CCAG-Travaux) approuvé par l'arrêté du 30 mars 2021",
    "TIC": "cahier des clauses administratives générales applicable aux marchés publics de techniques de l'information et de la communication (CCAG-TIC) approuvé par l'arrêté du 30 mars 2021",
    "PI": "cahier des clauses administratives générales applicable aux marchés publics de prestations intellectuelles (CCAG-PI) approuvé par l'arrêté du 30 mars 2021",
    "MOE": "cahier des clauses administratives générales applicable aux marchés publics de maîtrise d'œuvre (CCAG-MOE) approuvé par l'arrêté du 30 mars 2021",
}


def F(keys, ctx):
    """Articles neutres : keys = liste de clés ; ctx = dict(ccag, prix='BPU'|'DPGF'|'DQE', ac=bool)."""
    out = []
    ccag = CCAG[ctx.get("ccag", "FCS")]
    prix = ctx.get("prix", "BPU")
    prix_doc = {"BPU": "le bordereau des prix unitaires (BPU)",
                "DPGF": "la décomposition du prix global et forfaitaire (DPGF)",
                "DQE": "le bordereau des prix unitaires et le détail quantitatif estimatif (DQE), ce dernier n'ayant pas de valeur contractuelle",
                "FORFAIT": "l'annexe financière de l'acte d'engagement"}[prix]
    for k in keys:
        if k == "pieces":
            out += [H("Article # – Pièces contractuelles"),
                    P("Les pièces constitutives du marché sont les suivantes, par ordre de priorité décroissante :"),
                    LST(["l'acte d'engagement et, le cas échéant, ses annexes ;",
                         "le présent cahier des clauses administratives particulières (CCAP) ;",
                         "le cahier des clauses techniques particulières (CCTP) et ses annexes ;",
                         prix_doc + " ;",
                         "le " + ccag + " ;",
                         "le mémoire technique remis par le titulaire à l'appui de son offre."]),
                    P("En cas de contradiction ou de différence entre ces pièces, elles prévalent dans l'ordre "
                      "où elles sont énumérées ci-dessus.")]
        elif k == "bons":
            out += [H("Article # – Bons de commande"),
                    P("Les prestations sont commandées au fur et à mesure des besoins, par bons de commande "
                      "signés par le représentant de l'acheteur. Chaque bon précise la nature et le lieu des "
                      "prestations, leur délai d'exécution et leur montant, calculé à partir des prix unitaires "
                      "du bordereau. Les bons peuvent être émis jusqu'au dernier jour de validité de l'accord-cadre ; "
                      "leur exécution ne peut dépasser de plus de trois mois cette date.")]
        elif k == "prix_rev":
            out += [H("Article # – Prix et révision"),
                    P("Les prix sont réputés comprendre toutes les charges fiscales, parafiscales ou autres frappant "
                      "obligatoirement la prestation, ainsi que les frais de déplacement, d'emballage et de transport. "
                      "Ils sont révisables une fois par an, à la date anniversaire de la notification, par application "
                      "de la formule P = P0 x (0,125 + 0,875 x I / I0), où I0 est la valeur de l'indice de référence "
                      "au mois de remise des offres et I sa dernière valeur publiée à la date de révision.")]
        elif k == "prix_ferme":
            out += [H("Article # – Prix"),
                    P("Les prix sont fermes et actualisables. L'actualisation est effectuée, si un délai supérieur "
                      "à trois mois s'écoule entre la date de remise des offres et la date de début d'exécution, "
                      "par application d'un coefficient tenant compte de l'évolution de l'index de référence, "
                      "diminuée de trois mois.")]
        elif k == "avance":
            out += [H("Article # – Avance"),
                    P("Une avance est versée au titulaire lorsque le montant initial du marché, ou du bon de commande "
                      "pour un accord-cadre, est supérieur à 50 000 € HT et que le délai d'exécution excède deux mois, "
                      "sauf s'il y renonce dans l'acte d'engagement. Son montant est fixé à 10 % du montant initial "
                      "toutes taxes comprises ; elle est remboursée par précompte sur les sommes dues lorsque le montant "
                      "des prestations exécutées atteint 65 % du montant initial.")]
        elif k == "paiement":
            out += [H("Article # – Règlement des comptes"),
                    P("Les demandes de paiement sont déposées sur le portail Chorus Pro. Les sommes dues sont réglées "
                      "dans un délai global de trente jours à compter de la réception de la demande. Le dépassement "
                      "de ce délai fait courir de plein droit des intérêts moratoires au taux de la Banque centrale "
                      "européenne majoré de huit points, ainsi qu'une indemnité forfaitaire de 40 € pour frais de "
                      "recouvrement.")]
        elif k == "soustraitance":
            out += [H("Article # – Sous-traitance"),
                    P("Le titulaire peut sous-traiter une partie des prestations sous réserve de l'acceptation de "
                      "chaque sous-traitant et de l'agrément de ses conditions de paiement. Le sous-traitant direct "
                      "est payé directement par l'acheteur dès lors que le montant des prestations qui lui sont "
                      "confiées est égal ou supérieur à 600 € TTC.")]
        elif k == "penalites":
            out += [H("Article # – Pénalités"),
                    P("Par dérogation au CCAG, tout retard dans l'exécution d'un bon de commande ou d'une prestation "
                      "programmée donne lieu, sans mise en demeure préalable, à une pénalité de 120 € HT par jour "
                      "calendaire de retard. Le titulaire est exonéré des pénalités dont le montant total ne dépasse "
                      "pas 500 € HT pour l'ensemble du marché.")]
        elif k == "garantie":
            out += [H("Article # – Retenue de garantie"),
                    P("Une retenue de garantie de 5 % du montant initial du marché, augmenté le cas échéant du montant "
                      "des modifications, est prélevée sur chaque acompte. Elle peut être remplacée, au gré du "
                      "titulaire, par une garantie à première demande ou, si l'acheteur ne s'y oppose pas, par une "
                      "caution personnelle et solidaire.")]
        elif k == "assurances":
            out += [H("Article # – Assurances"),
                    P("Dans un délai de quinze jours à compter de la notification et avant tout début d'exécution, "
                      "le titulaire justifie qu'il est titulaire d'une assurance couvrant les responsabilités "
                      "découlant des principes dont s'inspirent les articles 1240 et suivants du code civil, au "
                      "moyen d'une attestation précisant l'étendue des garanties.")]
        elif k == "resiliation":
            out += [H("Article # – Résiliation"),
                    P("Les stipulations du CCAG relatives à la résiliation s'appliquent. En cas de résiliation pour "
                      "faute du titulaire, l'acheteur peut faire exécuter les prestations restantes par un tiers "
                      "aux frais et risques du titulaire.")]
        elif k == "confidentialite":
            out += [H("Article # – Confidentialité et données personnelles"),
                    P("Le titulaire s'engage à ne communiquer à quiconque les informations dont il a connaissance à "
                      "l'occasion de l'exécution. Lorsqu'il traite des données à caractère personnel pour le compte "
                      "de l'acheteur, il agit en qualité de sous-traitant au sens du règlement (UE) 2016/679 et "
                      "n'agit que sur instruction documentée de l'acheteur.")]
        elif k == "verification":
            out += [H("Article # – Vérifications et admission"),
                    P("Les opérations de vérification quantitative et qualitative sont effectuées dans les conditions "
                      "du CCAG. L'acheteur dispose d'un délai de quinze jours à compter de l'exécution de la "
                      "prestation pour notifier sa décision d'admission, d'ajournement, de réfaction ou de rejet.")]
        elif k == "derogations":
            out += [H("Article # – Dérogations au CCAG"),
                    P("Les stipulations du présent document relatives aux pénalités et aux délais de vérification "
                      "dérogent aux articles correspondants du CCAG.")]
        elif k == "litiges":
            out += [H("Article # – Règlement des différends"),
                    P("Les parties recherchent un règlement amiable de leurs différends, le cas échéant devant le "
                      "comité consultatif de règlement amiable compétent. À défaut, le litige est porté devant le "
                      "tribunal administratif territorialement compétent.")]
        # ---------------------------------------------------------------- RC
        elif k == "proc_mapa":
            out += [H("Article # – Procédure"),
                    P("La consultation est passée selon une procédure adaptée ouverte, en application des articles "
                      "L2123-1 et R2123-1 1° du code de la commande publique. L'acheteur se réserve la possibilité "
                      "de négocier avec les trois candidats dont les offres sont les mieux classées ; il peut "
                      "également attribuer le marché sur la base des offres initiales, sans négociation.")]
        elif k == "proc_aoo":
            out += [H("Article # – Procédure"),
                    P("La consultation est passée selon la procédure de l'appel d'offres ouvert, en application des "
                      "articles L2124-2 et R2124-2 1° du code de la commande publique. Aucune négociation n'est "
                      "possible ; l'acheteur peut seulement demander aux candidats de préciser la teneur de leur offre.")]
        elif k == "dce":
            out += [H("Article # – Dossier de consultation"),
                    P("Le dossier de consultation est mis gratuitement à disposition sur le profil d'acheteur. "
                      "L'acheteur se réserve le droit d'y apporter, au plus tard six jours avant la date limite de "
                      "remise des offres, des modifications de détail ; les candidats répondent alors sur la base "
                      "du dossier modifié.")]
        elif k == "candidature":
            out += [H("Article # – Contenu de la candidature"),
                    P("Chaque candidat produit les pièces suivantes :"),
                    LST(["la lettre de candidature (formulaire DC1 ou équivalent) et la déclaration du candidat "
                         "(formulaire DC2 ou équivalent), ou un document unique de marché européen ;",
                         "les attestations sur l'honneur prévues par le code de la commande publique, notamment au "
                         "regard des obligations d'emploi des travailleurs handicapés définies aux articles L5212-1 "
                         "à L5212-11 du code du travail ;",
                         "une déclaration indiquant le chiffre d'affaires global des trois derniers exercices ;",
                         "une liste des principales prestations similaires réalisées au cours des trois dernières "
                         "années, avec leur montant, leur date et leur destinataire."])]
        elif k == "offre":
            out += [H("Article # – Contenu de l'offre"),
                    P("L'offre comprend l'acte d'engagement complété, le cadre de prix renseigné et un mémoire "
                      "technique de vingt pages au plus, répondant successivement à chacun des critères de jugement. "
                      "Toute offre incomplète peut être déclarée irrégulière.")]
        elif k == "remise":
            out += [H("Article # – Conditions de remise des offres"),
                    P("Les plis sont transmis par voie électronique, sur le profil d'acheteur, avant la date et "
                      "l'heure limites indiquées en page de garde. Les plis parvenus après ce délai ne sont pas "
                      "ouverts. Une copie de sauvegarde peut être adressée sur support physique ou papier, dans un "
                      "pli scellé portant la mention « copie de sauvegarde ».")]
        elif k == "variantes":
            out += [H("Article # – Variantes"),
                    P("Les variantes à l'initiative des candidats ne sont pas autorisées.")]
        elif k == "validite":
            out += [H("Article # – Délai de validité des offres"),
                    P("Le délai de validité des offres est de cent vingt jours à compter de la date limite de remise "
                      "des offres.")]
        elif k == "renseignements":
            out += [H("Article # – Renseignements complémentaires"),
                    P("Les questions sont posées exclusivement sur le profil d'acheteur, au plus tard dix jours avant "
                      "la date limite de remise des offres. Les réponses sont communiquées à tous les candidats "
                      "ayant retiré le dossier, six jours au plus tard avant cette date.")]
        elif k == "attribution":
            out += [H("Article # – Attribution"),
                    P("Le candidat pressenti produit, dans un délai de cinq jours à compter de la demande de "
                      "l'acheteur, les certificats et attestations prévus aux articles R2143-6 à R2143-10 du code de "
                      "la commande publique. À défaut, son offre est rejetée et l'acheteur sollicite le candidat "
                      "suivant dans le classement.")]
        elif k == "recours":
            out += [H("Article # – Voies de recours"),
                    P("Instance chargée des procédures de recours : tribunal administratif territorialement "
                      "compétent. Un référé précontractuel peut être introduit jusqu'à la signature du marché ; un "
                      "recours en contestation de validité peut être exercé dans les deux mois suivant la "
                      "publication de l'avis d'attribution.")]
        # ---------------------------------------------------------------- AE
        elif k == "ae_contractant":
            out += [H("Article # – Identification du contractant"),
                    P("Je soussigné (nom, prénom, qualité) : ……………………………………………"),
                    P("agissant pour le compte de la société : ……………………………………………, "
                      "n° SIRET : ……………………………, dont le siège est situé : ……………………………………………")]
        elif k == "ae_engagement":
            out += [H("Article # – Engagement"),
                    P("Après avoir pris connaissance du cahier des clauses administratives particulières, du cahier "
                      "des clauses techniques particulières et des documents qui y sont mentionnés, je m'engage, "
                      "sans réserve, à exécuter les prestations dans les conditions ci-après définies. L'offre ainsi "
                      "présentée ne me lie que si son acceptation m'est notifiée dans un délai de cent vingt jours à "
                      "compter de la date limite de remise des offres.")]
        elif k == "ae_avance":
            out += [H("Article # – Avance"),
                    P("Je renonce au bénéfice de l'avance : [ ] oui   [ ] non")]
        elif k == "ae_paiement":
            out += [H("Article # – Compte à créditer"),
                    P("L'acheteur se libère des sommes dues en faisant porter leur montant au crédit du compte "
                      "ouvert au nom de : ……………………… IBAN : ……………………………… BIC : ………………")]
        elif k == "ae_signature":
            out += [H("Article # – Signature"),
                    P("Fait à ………………………, le ………………………   Signature du candidat (électronique) :"),
                    P("Acceptation de l'offre : est acceptée la présente offre pour valoir acte d'engagement. "
                      "À ………………………, le ……………………… Le représentant de l'acheteur :")]
        else:
            raise KeyError(k)
    return out


RC_TAIL = ["dce", "candidature", "offre", "remise", "variantes", "validite", "renseignements", "attribution",
           "recours"]
AE_HEAD = ["ae_contractant", "ae_engagement"]
AE_TAIL = ["ae_avance", "ae_paiement", "ae_signature"]


def piece(file, doc_type, header, footer, blocks, label, columns=1):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks, label=label,
                columns=columns)


# ============================================================================= DOSSIERS
# Chaque fonction rend un dossier : id, title, pieces, pos, values, note.

def d01():
    B = "Commune de Coudrelac"
    ref = "Réf. CDL-2026-014"
    obj = "Accord-cadre de travaux d'entretien et de réparation de la voirie communale"
    ctx = dict(ccag="TRAVAUX", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, ref + " – date limite de remise des offres : 19 octobre 2026, 12 h 00"),
          H("Article 1 – Objet de la consultation"),
          P("La consultation porte sur des travaux d'entretien, de réparation et de renforcement des chaussées, "
            "trottoirs, accotements et ouvrages annexes de la voirie communale de Coudrelac, soit environ 62 km de "
            "voies urbaines et rurales. Les prestations sont décrites au CCTP et valorisées au bordereau des prix."),
          H("Article 2 – Procédure")] + F(["proc_mapa"], ctx)[1:] + [
          H("Article 3 – Forme et durée de l'accord-cadre"),
          P("Il s'agit d'un accord-cadre à bons de commande conclu avec un seul opérateur économique, en application "
            "des articles R2162-2 et R2162-13 du code de la commande publique. Il est conclu pour une première "
            "période d'un an à compter de sa notification. Il est reconductible tacitement trois fois, par "
            "périodes successives d'un an, soit une durée maximale de quatre ans. Le titulaire ne peut refuser la "
            "reconduction."),
          P("Le montant maximum annuel fixé à l'article 4 du CCAP s'applique à chacune des périodes, initiale et de "
            "reconduction."),
          H("Article 4 – Absence d'allotissement"),
          P("L'accord-cadre n'est pas alloti. Les interventions, ponctuelles et dispersées sur l'ensemble du "
            "territoire communal, imposent une coordination permanente entre terrassement, mise en œuvre des "
            "enrobés et signalisation qu'un découpage en lots rendrait techniquement difficile et plus coûteuse "
            "(article L2113-11 du code de la commande publique)."),
          H("Article 5 – Action d'insertion"),
          P("L'exécution de l'accord-cadre comporte une action d'insertion professionnelle des publics éloignés de "
            "l'emploi, dont le volume et les modalités sont fixés à l'article 9 du CCAP. Le facilitateur de la "
            "Maison de l'emploi du Pays de Coudrelac renseigne gratuitement les candidats sur les publics éligibles "
            "et les structures partenaires."),
          H("Article 6 – Informations sur le précédent accord-cadre"),
          P("À titre d'information, les commandes passées au titre du précédent accord-cadre (2022-2025) se sont "
            "élevées à 1 046 300 € HT, soit une moyenne d'environ 261 600 € HT par an."),
          H("Article 7 – Jugement des offres"),
          P("L'offre économiquement la plus avantageuse est appréciée au regard des critères pondérés suivants :"),
          TAB([["Critère", "Pondération"],
               ["Prix, apprécié sur un détail estimatif non communiqué aux candidats", "50 %"],
               ["Valeur technique : moyens humains et matériels affectés", "20 %"],
               ["Valeur technique : méthodologie d'intervention et délais", "20 %"],
               ["Gestion environnementale du chantier : tri et traçabilité des déblais, taux de recyclage des enrobés", "10 %"]],
              widths=[5, 1.2], align="lr"),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=0,
             evidence=["comporte une action d'insertion professionnelle des publics éloignés de l'emploi",
                       "Gestion environnementale du chantier : tri et traçabilité des déblais",
                       "L'accord-cadre n'est pas alloti"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre a pour objet les travaux d'entretien et de réparation de la voirie communale "
              "de Coudrelac, commandés par bons de commande selon les besoins constatés par les services techniques."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("La durée de l'accord-cadre et les conditions de sa reconduction sont fixées à l'article 3 du "
              "règlement de la consultation."),
            H("Article 4 – Montants minimum et maximum"),
            P("Le montant minimum des commandes est fixé à 60 000 € HT par période annuelle. Le montant maximum "
              "des commandes est fixé à 320" + BR + "000 € HT par période annuelle."),
            P("Un même bon de commande ne peut, à lui seul, excéder 45 000 € HT ; au-delà, les travaux font "
              "l'objet d'une consultation distincte."),
            ] + F(["bons", "prix_rev", "avance"], ctx) + [
            H("Article 8 – Gestion des déblais et des déchets de chantier"),
            P("Le titulaire évacue les déblais, les fraisats d'enrobés et les bordures déposées vers des installations "
              "de recyclage ou de valorisation autorisées ; la mise en décharge n'est admise que pour les matériaux "
              "non valorisables. Il remet, avec chaque situation, les bordereaux de suivi correspondants. Les "
              "enrobés de la couche de base contiennent au moins 20 % d'agrégats d'enrobés recyclés."),
            H("Article 9 – Clause d'insertion"),
            P("Le titulaire s'engage à réserver à des personnes rencontrant des difficultés sociales ou "
              "professionnelles particulières un volume de 1 800 heures de travail sur la durée totale de "
              "l'accord-cadre, reconductions comprises, soit 450 heures par période annuelle."),
            P("Sont notamment éligibles : les demandeurs d'emploi inscrits depuis plus de douze mois, les "
              "bénéficiaires du RSA ou de l'allocation de solidarité spécifique, les jeunes de moins de 26 ans sans "
              "diplôme qualifiant, les personnes reconnues travailleurs handicapés et les salariés des structures "
              "d'insertion par l'activité économique. Le titulaire peut recourir à l'embauche directe, à la mise à "
              "disposition de personnel par une entreprise de travail temporaire d'insertion ou un groupement "
              "d'employeurs, ou à la sous-traitance à une structure d'insertion."),
            P("Toute heure d'insertion non réalisée à l'échéance de l'accord-cadre donne lieu à une pénalité de "
              "75 € HT."),
            H("Article 10 – Délais d'intervention"),
            P("Chaque bon de commande fixe le délai d'exécution des travaux. En cas de danger pour les usagers, le "
              "titulaire intervient pour mettre en sécurité la zone dans un délai de 4 heures à compter de l'appel "
              "de l'astreinte communale."),
            ] + F(["penalites", "garantie", "assurances", "resiliation", "derogations"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1800, clause_environnementale=1,
               montant_max_ht=320000,
               evidence=["un volume de 1 800 heures de travail sur la durée totale de l'accord-cadre",
                         "vers des installations de recyclage ou de valorisation autorisées",
                         "Le montant maximum des commandes est fixé à 320 000 € HT par période annuelle",
                         "[maximum annuel ; la durée n'est pas dans cette pièce]"])
    ae = [TITLE(B, "Acte d'engagement", obj, ref)] + F(AE_HEAD, ctx) + [
          H("Article 3 – Prix et montants"),
          P("Les prestations sont rémunérées par application des prix unitaires du bordereau des prix aux quantités "
            "réellement commandées. Les montants minimum et maximum de chaque période sont ceux que fixe l'article 4 "
            "du CCAP ; ils sont identiques pour la période initiale et pour chaque reconduction."),
          H("Article 4 – Durée"),
          P("L'accord-cadre est conclu pour un an à compter de sa notification, reconductible tacitement trois fois "
            "par périodes d'un an."),
          H("Article 5 – Engagement relatif à l'insertion"),
          P("Le titulaire s'engage à exécuter l'action d'insertion prévue à l'article 9 du CCAP et à transmettre "
            "chaque trimestre au facilitateur un état nominatif des heures réalisées."),
          ] + F(AE_TAIL, ctx)
    ae_l = L(clause_sociale=1, clause_insertion=1,
             evidence=["s'engage à exécuter l'action d'insertion prévue à l'article 9 du CCAP"])
    H1 = B + " – Entretien de la voirie communale – " + ref
    return dict(
        id="d01-coudrelac-voirie", title="Coudrelac, entretien de voirie (accord-cadre non alloti)",
        pieces=[piece("RC_voirie_Coudrelac.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP_voirie_Coudrelac.pdf", "CCAP", H1, "CCAP – accord-cadre de voirie", ccap, ccap_l),
                piece("AE_voirie_Coudrelac.docx", "AE", H1, "Acte d'engagement", ae, ae_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1800, allotissement=0, montant_max_ht=1280000),
        note="Maximum annuel 320 000 € HT au CCAP (chiffre coupé en fin de ligne), applicable à chacune des quatre "
             "périodes d'après le RC (un an + trois reconductions) : 4 x 320 000 = 1 280 000. Heures : 1 800 sur la "
             "durée totale (450 par an). Pièges : minimum annuel 60 000, plafond par bon 45 000, précédent "
             "accord-cadre 1 046 300, seuil d'avance 50 000, délai de 4 heures.")


def d02():
    B = "Communauté d'agglomération d'Aubrissac"
    ref = "Marché n° CAA-26-NET"
    obj = "Nettoyage et hygiène des bâtiments communautaires"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, ref + " – accord-cadre à bons de commande"),
          H("Article 1 – Objet"),
          P("La consultation porte sur le nettoyage courant, la remise en état périodique et l'hygiène des "
            "sanitaires de quarante et un bâtiments de la communauté d'agglomération (bureaux, équipements sportifs, "
            "équipements culturels et locaux techniques), soit 61 400 m² de surfaces traitées."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 3 – Allotissement et montants maximums"),
          P("La consultation est divisée en quatre lots, attribués séparément. Chaque lot donne lieu à un "
            "accord-cadre à bons de commande distinct, conclu sans montant minimum et avec le montant maximum "
            "indiqué ci-dessous pour sa durée totale."),
          TAB([["Lot", "Intitulé", "Montant maximum sur 4 ans (k€ HT)"],
               ["1", "Sièges administratifs et hôtel communautaire", "480"],
               ["2", "Équipements sportifs et piscines", "312,5"],
               ["3", "Médiathèques et conservatoire", "207"],
               ["4", "Locaux techniques et ateliers (lot réservé)", "96"],
               ["", "Total", "1 095,5"]],
              widths=[0.6, 4, 2], align="llr", total=True),
          P("Un même candidat peut se voir attribuer au plus deux lots. S'il est classé premier sur plus de deux "
            "lots, il reçoit les deux lots dont le montant maximum cumulé est le plus élevé."),
          H("Article 4 – Durée et estimation"),
          P("Chaque accord-cadre est conclu pour une durée ferme de quatre ans à compter du 1er septembre 2026. Le "
            "montant total estimé des prestations, tous lots confondus et pour toute la durée, est de 880 000 € HT."),
          H("Article 5 – Lot réservé"),
          P("Le lot n° 4 est réservé, en application de l'article L2113-12 du code de la commande publique, aux "
            "entreprises adaptées, aux établissements et services d'aide par le travail et aux structures "
            "équivalentes employant au moins 50 % de travailleurs handicapés."),
          H("Article 6 – Conditions d'exécution"),
          P("Les lots 1 à 3 comportent une clause d'insertion par l'activité économique, définie à l'article 6 du "
            "CCAP, qui fixe le nombre d'heures de chaque lot. Les produits employés répondent aux exigences de "
            "l'article 5 du CCAP."),
          H("Article 7 – Jugement des offres"),
          LST(["Prix des prestations : 45 %",
               "Valeur technique (organisation, encadrement, contrôle de la qualité) : 40 %",
               "Performance en matière d'insertion professionnelle des publics en difficulté (lots 1 à 3) : 15 % ; "
               "pour le lot 4, ces 15 % sont reportés sur la valeur technique"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, marche_reserve=1, reserve_base="L2113-12",
             allotissement=1, nb_lots=4, montant_estime_ht=880000, montant_max_ht=1095500,
             evidence=["Les lots 1 à 3 comportent une clause d'insertion",
                       "Performance en matière d'insertion professionnelle des publics en difficulté",
                       "Le lot n° 4 est réservé, en application de l'article L2113-12",
                       "divisée en quatre lots", "Total 1 095,5", "est de 880 000 € HT"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet et décomposition"),
            P("Le présent CCAP est commun aux quatre lots de la consultation : lot 1, sièges administratifs ; lot 2, "
              "équipements sportifs et piscines ; lot 3, médiathèques et conservatoire ; lot 4, locaux techniques "
              "et ateliers. Le lot 4 est réservé en application de l'article L2113-12 du code de la commande "
              "publique."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Montants"),
            P("Les montants maximums de chaque lot, pour la durée totale de l'accord-cadre, figurent au règlement de "
              "la consultation et à l'acte d'engagement du lot concerné. Aucun montant minimum n'est fixé."),
            H("Article 4 – Horaires d'intervention"),
            P("Les prestations de nettoyage courant sont réalisées en journée, entre 7 h 00 et 19 h 00, en présence "
              "des usagers, sauf dans les piscines où elles ont lieu avant l'ouverture au public."),
            H("Article 5 – Produits, matériels et déchets"),
            P("Le titulaire utilise exclusivement des produits d'entretien titulaires de l'Écolabel européen ou d'un "
              "label équivalent, des centrales de dilution et des bandeaux microfibres lavables ; les lingettes à "
              "usage unique sont proscrites, sauf dans les sanitaires. Il trie les déchets collectés dans les "
              "bâtiments selon les flux de la collecte communautaire (papiers, emballages, biodéchets des offices)."),
            H("Article 6 – Clause d'insertion (lots 1 à 3)"),
            P("Le titulaire de chacun des lots 1 à 3 réserve à des personnes éloignées de l'emploi le nombre d'heures "
              "de travail indiqué ci-dessous, sur la durée totale de l'accord-cadre :"),
            TAB([["Lot", "Heures d'insertion"],
                 ["Lot 1 – Sièges administratifs", "1 200"],
                 ["Lot 2 – Équipements sportifs et piscines", "800"],
                 ["Lot 3 – Médiathèques et conservatoire", "500"],
                 ["Total lots 1 à 3", "2 500"]],
                widths=[4, 1.6], align="lr", total=True),
            P("Le lot 4, réservé, n'est pas soumis à cette clause. Le titulaire peut mettre en œuvre l'action par "
              "embauche directe, par mise à disposition de salariés d'une structure d'insertion ou par "
              "sous-traitance. Toute heure non réalisée donne lieu à une pénalité de 50 € HT."),
            ] + F(["bons", "prix_rev", "paiement", "penalites", "assurances", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, clause_environnementale=1,
               marche_reserve=1, reserve_base="L2113-12", allotissement=1, nb_lots=4,
               evidence=["Total lots 1 à 3 2 500", "réserve à des personnes éloignées de l'emploi",
                         "produits d'entretien titulaires de l'Écolabel européen",
                         "Le lot 4 est réservé en application de l'article L2113-12",
                         "commun aux quatre lots"])
    ae2 = [TITLE(B, "Acte d'engagement", "Lot n° 2 : Équipements sportifs et piscines", ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Montant maximum"),
           P("Le montant maximum de l'accord-cadre pour le lot n° 2 est fixé à 312 500,00 € HT pour sa durée "
             "totale de quatre ans. Aucun montant minimum n'est fixé. Les prestations sont rémunérées par "
             "application des prix unitaires du bordereau du lot."),
           H("Article 4 – Insertion"),
           P("Le titulaire s'engage à réaliser 800 heures de travail d'insertion au titre du lot n° 2, dans les "
             "conditions de l'article 6 du CCAP."),
           ] + F(AE_TAIL, ctx)
    ae2_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=800, allotissement=1, montant_max_ht=312500,
              evidence=["s'engage à réaliser 800 heures de travail d'insertion",
                        "Lot n° 2 : Équipements sportifs et piscines",
                        "fixé à 312 500,00 € HT pour sa durée totale"])
    ae4 = [TITLE(B, "Acte d'engagement", "Lot n° 4 : Locaux techniques et ateliers – lot réservé", ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Réservation du lot"),
           P("Le lot n° 4 est réservé aux entreprises adaptées, aux établissements et services d'aide par le "
             "travail et aux structures équivalentes (article L2113-12 du code de la commande publique). Le "
             "candidat atteste que la proportion de travailleurs handicapés qu'il emploie est au moins égale à "
             "50 %."),
           H("Article 4 – Montant maximum"),
           P("Montant maximum de l'accord-cadre pour le lot n° 4, sur sa durée totale : 96 000 € HT."),
           ] + F(AE_TAIL, ctx)
    ae4_l = L(marche_reserve=1, reserve_base="L2113-12", allotissement=1, montant_max_ht=96000,
              evidence=["article L2113-12 du code de la commande publique",
                        "Lot n° 4 : Locaux techniques et ateliers", "sur sa durée totale : 96 000 € HT"])
    avis = [TITLE("AVIS D'APPEL PUBLIC À LA CONCURRENCE", "BOAMP – annonce n° 26-118432",
                  "Services – accord-cadre – procédure ouverte"),
            H("Section 1 : Identification de l'acheteur"),
            P("Nom complet de l'acheteur : Communauté d'agglomération d'Aubrissac"),
            P("Type de pouvoir adjudicateur : collectivité territoriale"),
            H("Section 2 : Communication"),
            P("Lien vers le dossier de consultation : profil d'acheteur de la communauté d'agglomération, référence CAA-26-NET"),
            H("Section 4 : Identification du marché"),
            P("Intitulé du marché : Nettoyage et hygiène des bâtiments communautaires"),
            P("Code CPV principal : 90911200 – Services de nettoyage de bâtiments"),
            P("Type de marché : Services"),
            P("Description succincte : nettoyage courant, remise en état et hygiène des sanitaires de 41 bâtiments."),
            P("Valeur estimée hors TVA : 880 000 euros"),
            P("La consultation comporte des tranches : Non"),
            P("La consultation prévoit une réservation de tout ou partie du marché : Oui (lot 4, article L2113-12 du code de la commande publique)"),
            P("Marché alloti : Oui – nombre de lots : 4 – un même opérateur peut obtenir au plus 2 lots"),
            H("Section 5 : Lots"),
            P("Lot n° 1 : Sièges administratifs et hôtel communautaire"),
            P("Lot n° 2 : Équipements sportifs et piscines"),
            P("Lot n° 3 : Médiathèques et conservatoire"),
            P("Lot n° 4 : Locaux techniques et ateliers – lot réservé aux entreprises adaptées et ESAT"),
            H("Section 6 : Conditions d'exécution"),
            P("Clause sociale d'insertion : lots 1 à 3, soit 2 500 heures au total (1 200 h, 800 h et 500 h)."),
            P("Condition environnementale : emploi exclusif de produits écolabellisés ; tri des déchets des bâtiments."),
            H("Section 7 : Critères d'attribution"),
            P("Prix : 45 % ; valeur technique : 40 % ; performance en matière d'insertion professionnelle : 15 %."),
            H("Section 8 : Informations complémentaires"),
            P("Date limite de réception des offres : 5 octobre 2026 à 12 h 00. Durée de l'accord-cadre : 48 mois."),
            ]
    avis_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=2500, critere_social=1, marche_reserve=1,
               reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=4,
               montant_estime_ht=880000,
               evidence=["lots 1 à 3, soit 2 500 heures au total", "performance en matière d'insertion professionnelle : 15 %",
                         "Oui (lot 4, article L2113-12", "emploi exclusif de produits écolabellisés",
                         "nombre de lots : 4", "Valeur estimée hors TVA : 880 000 euros"])
    H1 = B + " – " + obj + " – " + ref
    return dict(
        id="d02-aubrissac-nettoyage", title="Aubrissac, nettoyage des bâtiments (4 lots, lot 4 réservé)",
        pieces=[piece("RC_nettoyage.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP_nettoyage.pdf", "CCAP", H1, "CCAP commun aux quatre lots", ccap, ccap_l),
                piece("AE_lot2.docx", "AE", H1, "Acte d'engagement – lot 2", ae2, ae2_l),
                piece("AE_lot4.docx", "AE", H1, "Acte d'engagement – lot 4", ae4, ae4_l),
                piece("avis_BOAMP.txt", "AVIS", H1, "", avis, avis_l)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
        values=V(heures_insertion=2500, allotissement=1, nb_lots=4, montant_estime_ht=880000,
                 montant_max_ht=1095500, reserve_base="L2113-12"),
        note="Maxima par lot en k€ dans le tableau du RC (480 + 312,5 + 207 + 96 = 1 095,5 k€, ligne Total) ; "
             "estimation distincte 880 000. Heures par lot dans un tableau du CCAP (1 200 + 800 + 500 = 2 500). "
             "Lot 4 réservé L2113-12. AE des lots 2 et 4 avec leur propre maximum.")


def d03():
    B = "SIVOS de Trélazan"
    ref = "Consultation SIVOS-TRZ-2026-03"
    obj = "Fourniture et livraison de repas en liaison froide"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE("Syndicat intercommunal à vocation scolaire de Trélazan", "Règlement de la consultation", obj, ref),
          H("Article 1 – Objet"),
          P("La consultation a pour objet la confection et la livraison, en liaison froide, des repas des "
            "restaurants scolaires des cinq communes membres du syndicat et des accueils de loisirs qu'il gère."),
          H("Article 2 – Décomposition en lots"),
          LST(["Lot 1 : repas des restaurants scolaires (environ 92 000 repas par an) ;",
               "Lot 2 : repas et goûters des accueils de loisirs (mercredis et vacances scolaires)."]),
          P("Les lots sont attribués séparément ; un candidat peut répondre à un seul lot ou aux deux."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 4 – Durée"),
          P("Les accords-cadres sont conclus pour une période initiale allant du 1er septembre 2026 au 31 août "
            "2027. Ils sont reconductibles deux fois, par périodes d'un an, soit une durée maximale de trois ans. "
            "Les montants maximums annuels fixés à l'article 4 du CCAP valent pour chacune de ces périodes."),
          H("Article 5 – Insertion"),
          P("Le lot 1 comporte une clause d'insertion professionnelle : 300 heures par période annuelle, soit "
            "900 heures sur la durée maximale de l'accord-cadre, réalisées notamment en cuisine centrale et en "
            "livraison."),
          H("Article 6 – Jugement des offres"),
          TAB([["Critère", "Pondération"],
               ["Prix", "40 %"],
               ["Qualité gustative et nutritionnelle des repas", "35 %"],
               ["Performance environnementale : part de produits issus de circuits courts, réduction et tri des déchets, contenants", "15 %"],
               ["Organisation des livraisons", "10 %"]],
              widths=[5, 1.2], align="lr"),
          H("Article 7 – Information des candidats"),
          P("Le précédent marché, exécuté de 2023 à 2026, a représenté 1 318 000 € TTC de commandes sur trois ans. "
            "Ce montant est communiqué à titre indicatif."),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=900, critere_environnemental=1,
             allotissement=1, nb_lots=2,
             evidence=["soit 900 heures sur la durée maximale de l'accord-cadre",
                       "Performance environnementale : part de produits issus de circuits courts",
                       "Lot 1 : repas des restaurants scolaires", "Lot 2 : repas et goûters des accueils de loisirs"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("L'accord-cadre est divisé en deux lots, définis au règlement de la consultation. Chaque lot est "
              "exécuté par bons de commande mensuels ajustés aux effectifs."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("La durée de l'accord-cadre et ses reconductions sont fixées au règlement de la consultation."),
            H("Article 4 – Montants maximums annuels"),
            TAB([["Lot", "Désignation", "Montant maximum annuel HT"],
                 ["1", "Restaurants scolaires", "410 000 €"],
                 ["2", "Accueils de loisirs", "95 000 €"]],
                widths=[0.6, 3.6, 2.4], align="llr", lines=False),
            P("À titre indicatif, le prix moyen d'un repas enfant constaté en 2025 est de 4,35 € TTC."),
            H("Article 5 – Qualité des denrées, contenants et déchets"),
            P("Conformément à l'article L230-5-1 du code rural et de la pêche maritime, les repas comprennent au moins "
              "50 % en valeur de produits durables et de qualité, dont au moins 20 % issus de l'agriculture "
              "biologique. Les repas sont livrés en bacs gastronormes inox réutilisables ; les barquettes en "
              "plastique à usage unique sont interdites. Le titulaire reprend les biodéchets des offices chaque "
              "semaine et les achemine vers une unité de compostage ou de méthanisation."),
            H("Article 6 – Clause d'insertion (lot 1)"),
            P("Pour le lot 1, le titulaire consacre 300 heures de travail par période annuelle d'exécution à des "
              "personnes éloignées de l'emploi, recrutées directement ou mises à disposition par une structure "
              "d'insertion. Il transmet au syndicat un bilan semestriel."),
            ] + F(["prix_rev", "paiement", "penalites", "verification", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=300, clause_environnementale=1,
               allotissement=1, nb_lots=2, montant_max_ht=505000,
               evidence=["consacre 300 heures de travail par période annuelle",
                         "les barquettes en plastique à usage unique sont interdites",
                         "divisé en deux lots", "1 Restaurants scolaires 410 000 €", "2 Accueils de loisirs 95 000 €",
                         "[410 000 + 95 000 = 505 000 par an ; durée absente de la pièce]"])
    cctp = [TITLE(B, "Cahier des clauses techniques particulières", obj, ref),
            H("Article 1 – Objet et volumes"),
            P("Le présent CCTP est commun aux deux lots. Les volumes prévisionnels sont d'environ 92 000 repas par an "
              "pour le lot 1 et 14 500 repas et goûters par an pour le lot 2, sans engagement de l'acheteur."),
            H("Article 2 – Composition des menus"),
            P("Les menus suivent une structure à quatre ou cinq composantes et respectent les recommandations "
              "nutritionnelles en vigueur pour la restauration scolaire. Un menu végétarien est proposé au moins une "
              "fois par semaine ; les grammages sont ceux du tableau de l'annexe 1."),
            H("Article 3 – Approvisionnement et contenants"),
            P("Le titulaire privilégie les produits de saison. Les repas sont conditionnés en bacs inox réutilisables "
              "fournis et lavés par le titulaire ; aucun contenant en plastique à usage unique n'est admis. Les "
              "emballages de transport sont repris à chaque livraison."),
            H("Article 4 – Livraisons"),
            P("Les livraisons ont lieu la veille du jour de consommation, entre 13 h 30 et 16 h 00, en véhicule "
              "réfrigéré. La température à cœur des préparations ne dépasse pas 3 °C à réception."),
            H("Article 5 – Hygiène et traçabilité"),
            P("Le titulaire applique un plan de maîtrise sanitaire conforme à la réglementation et conserve un "
              "plat témoin de chaque préparation pendant cinq jours."),
            H("Article 6 – Rappel des montants"),
            P("Pour mémoire, le montant maximum annuel du lot 1 est fixé à 380 000 € HT et celui du lot 2 à "
              "95 000 € HT."),
            H("Article 7 – Animations"),
            P("Le titulaire propose quatre animations pédagogiques par an sur l'alimentation, dont les thèmes sont "
              "arrêtés avec le syndicat."),
            ]
    cctp_l = L(clause_environnementale=1, allotissement=1, nb_lots=2, montant_max_ht=475000,
               evidence=["aucun contenant en plastique à usage unique n'est admis",
                         "commun aux deux lots",
                         "le montant maximum annuel du lot 1 est fixé à 380 000 € HT et celui du lot 2 à 95 000 € HT",
                         "[380 000 + 95 000, par an]"])
    H1 = "SIVOS de Trélazan – Repas en liaison froide – " + ref
    return dict(
        id="d03-trelazan-repas", title="SIVOS de Trélazan, repas en liaison froide (2 lots)",
        pieces=[piece("RC.docx", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("CCTP.pdf", "CCTP", H1, "CCTP", cctp, cctp_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=900, allotissement=1, nb_lots=2, montant_max_ht=1515000),
        note="CONFLIT : le CCTP donne 380 000 € HT par an pour le lot 1, le CCAP 410 000 ; le CCAP prime. "
             "Maximum du dossier : (410 000 + 95 000) x 3 périodes (RC : initiale + deux reconductions) = 1 515 000. "
             "Heures : 300 par an au CCAP, total écrit 900 au RC. Pièges : précédent marché 1 318 000 € TTC, "
             "prix d'un repas en TTC, volumes de repas.")


def d04():
    B = "Ville de Varnesse"
    ref = "VAR-EV-2026-07"
    obj = "Entretien des espaces verts et des cheminements du parc de la Combe-aux-Loups"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Consultation " + ref + " – marché réservé"),
          H("Article 1 – Objet"),
          P("La consultation porte sur la tonte, la taille, le désherbage manuel, le ramassage des feuilles et "
            "l'entretien des cheminements du parc de la Combe-aux-Loups (14 hectares), commandés par bons de "
            "commande."),
          H("Article 2 – Marché réservé"),
          P("En application de l'article L2113-13 du code de la commande publique, le présent accord-cadre est "
            "réservé aux structures d'insertion par l'activité économique mentionnées à l'article L5132-4 du code "
            "du travail et aux structures équivalentes. Les candidats justifient de leur conventionnement."),
          H("Article 3 – Allotissement"),
          P("Il n'est pas prévu de décomposition en lots : les prestations portent sur un site unique et forment un "
            "ensemble homogène dont la division compliquerait la coordination des équipes."),
          H("Article 4 – Durée et estimation"),
          P("L'accord-cadre est conclu pour une période initiale de douze mois, reconductible deux fois pour douze "
            "mois. Son montant estimé, sur sa durée maximale, est de 330 000 € HT ; les montants maximums de chaque "
            "période sont fixés par le CCAP."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 40 %",
               "Valeur technique (organisation, matériel, planning) : 40 %",
               "Qualité du parcours d'insertion proposé aux salariés : encadrement technique, formation, "
               "accompagnement vers l'emploi durable : 20 %"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", allotissement=0, montant_estime_ht=330000,
             evidence=["Qualité du parcours d'insertion proposé aux salariés",
                       "En application de l'article L2113-13 du code de la commande publique",
                       "Il n'est pas prévu de décomposition en lots", "est de 330 000 € HT"])
    ccap = [TITLE(B, "CCAP", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur l'entretien des espaces verts et des "
              "cheminements du parc de la Combe-aux-Loups. Il est réservé aux structures d'insertion par l'activité "
              "économique (article L2113-13 du code de la commande publique)."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("Période initiale de douze mois à compter du 1er mars 2027, reconductible deux fois pour douze mois, "
              "par décision expresse notifiée deux mois avant l'échéance."),
            H("Article 4 – Montants"),
            P("L'accord-cadre est conclu sans montant minimum. Les montants maximums des commandes sont fixés pour "
              "chaque période aux articles 5 à 7. Un bon de commande ne peut être inférieur à 800 € HT."),
            H("Article 5 – Maximum de la période initiale"),
            P("Le montant maximum des commandes pour la période initiale est de 140 000 € HT."),
            H("Article 6 – Maximum de la première reconduction"),
            P("Le montant maximum des commandes pour la première période de reconduction est de 120 000 € HT."),
            H("Article 7 – Maximum de la deuxième reconduction"),
            P("Le montant maximum des commandes pour la deuxième période de reconduction est de 120 000 € HT."),
            H("Article 8 – Gestion écologique du site"),
            P("Aucun produit phytosanitaire de synthèse n'est employé. Les déchets verts sont broyés sur place et "
              "réutilisés en paillage des massifs ; seuls les déchets ligneux de gros diamètre sont évacués vers la "
              "plateforme de compostage. Le matériel thermique à main est remplacé par du matériel électrique sur "
              "batterie au plus tard au début de la première reconduction."),
            ] + F(["bons", "prix_rev", "paiement", "penalites", "assurances", "resiliation", "litiges"], ctx)
    ccap_l = L(marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1, montant_max_ht=380000,
               evidence=["réservé aux structures d'insertion par l'activité économique (article L2113-13",
                         "Aucun produit phytosanitaire de synthèse",
                         "période initiale est de 140 000 € HT",
                         "première période de reconduction est de 120 000 € HT",
                         "deuxième période de reconduction est de 120 000 € HT", "[somme 380 000]"])
    avis = [TITLE("Avis d'appel public à la concurrence", "BOAMP – annonce n° 26-131077", "Procédure adaptée – services"),
            P("Nom et adresse officiels de l'organisme acheteur : Ville de Varnesse, service des marchés publics, "
              "hôtel de ville, place du Marché-aux-Grains."),
            P("Objet du marché : entretien des espaces verts et des cheminements du parc de la Combe-aux-Loups."),
            P("Catégorie de services : 77310000 – Réalisation et entretien d'espaces verts."),
            P("Marché réservé : Oui. Le marché est réservé à des structures d'insertion par l'activité économique "
              "(article L2113-13 du code de la commande publique)."),
            P("Forme du marché : accord-cadre à bons de commande, mono-attributaire."),
            P("Division en lots : Non."),
            P("Valeur estimée (HT) : 330 000 euros, reconductions comprises."),
            P("Durée : 12 mois, reconductible deux fois."),
            P("Conditions particulières d'exécution : gestion écologique sans produit phytosanitaire, broyage et "
              "réemploi sur place des déchets verts."),
            P("Critères d'attribution : prix 40 % ; valeur technique 40 % ; qualité du parcours d'insertion proposé "
              "aux salariés 20 %."),
            P("Date limite de réception des offres : 9 novembre 2026 à 17 h 00."),
            P("Renseignements : par le profil d'acheteur de la Ville de Varnesse, référence VAR-EV-2026-07."),
            ]
    avis_l = L(critere_social=1, marche_reserve=1, reserve_base="L2113-13", clause_environnementale=1,
               allotissement=0, montant_estime_ht=330000,
               evidence=["qualité du parcours d'insertion proposé aux salariés 20 %",
                         "réservé à des structures d'insertion par l'activité économique (article L2113-13",
                         "gestion écologique sans produit phytosanitaire", "Division en lots : Non.",
                         "Valeur estimée (HT) : 330 000 euros"])
    H1 = B + " – Espaces verts de la Combe-aux-Loups – " + ref
    return dict(
        id="d04-varnesse-espaces-verts", title="Varnesse, espaces verts (réservé SIAE, maxima par période)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "Cahier des clauses administratives particulières", ccap, ccap_l,
                      columns=2),
                piece("avis_boamp.txt", "AVIS", H1, "", avis, avis_l)],
        pos=["critere_social", "marche_reserve", "clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=330000, montant_max_ht=380000, reserve_base="L2113-13"),
        note="Maxima par période, chacun dans son article du CCAP (pages à deux colonnes) : 140 000 + 120 000 + "
             "120 000 = 380 000 ; estimation 330 000 (RC et avis). Réservé SIAE (L2113-13), pas de clause "
             "d'insertion d'exécution ; critère sur le parcours d'insertion. Piège : bon de commande minimal 800.")


def d05():
    B = "Département de Morvéac"
    ref = "Opération DM-COL-2026-22"
    obj = "Restructuration et extension du collège des Tilleuls"
    ctx = dict(ccag="TRAVAUX", prix="DPGF")
    lots = [("1", "Gros œuvre – démolition", "1 920 000"), ("2", "Charpente bois", "310 000"),
            ("3", "Couverture – étanchéité", "402 000"), ("4", "Menuiseries extérieures", "365 000"),
            ("5", "Menuiseries intérieures", "288 000"), ("6", "Plâtrerie – faux plafonds", "214 000"),
            ("7", "Peinture – revêtements muraux", "246 000"), ("8", "Chauffage – ventilation – plomberie", "540 000"),
            ("9", "VRD – espaces extérieurs", "575 000")]
    rc = [TITLE(B, "Règlement de la consultation", obj, ref + " – marchés de travaux"),
          H("Article 1 – Objet"),
          P("La consultation porte sur les travaux de restructuration du bâtiment d'enseignement et d'extension du "
            "pôle de restauration du collège des Tilleuls, réalisés en site occupé en trois phases."),
          H("Article 2 – Procédure"),
          P("La consultation est passée selon une procédure adaptée en application de l'article R2123-1 1° du code "
            "de la commande publique, le montant estimé des travaux étant inférieur au seuil européen de "
            "5 404 000 € HT applicable aux marchés de travaux."),
          H("Article 3 – Allotissement et estimation"),
          P("Les travaux sont répartis en neuf lots, traités par marchés séparés :"),
          TAB([["Lot", "Désignation", "Estimation (€ HT)"]] + [list(x) for x in lots] + [["", "Total", "4 860 000"]],
              widths=[0.6, 4.2, 1.8], align="llr", total=True),
          H("Article 4 – Forme des marchés"),
          P("Chaque lot fait l'objet d'un marché ordinaire à prix global et forfaitaire ; il n'est pas fait usage de "
            "l'accord-cadre. Le délai global d'exécution est de dix-huit mois, période de préparation d'un mois "
            "comprise."),
          H("Article 5 – Conditions d'exécution"),
          P("Les lots 1, 2, 3, 5, 7 et 9 comportent une clause d'insertion professionnelle dont le volume est fixé "
            "à l'article 10 du CCAP. Tous les lots sont soumis aux prescriptions de gestion des déchets de "
            "l'article 8 du CCAP."),
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 50 %",
               "Valeur technique : 50 %, dont méthodologie et planning (25 %), moyens affectés (15 %), gestion et "
               "valorisation des déchets de chantier et limitation des nuisances (10 %)"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=9,
             montant_estime_ht=4860000,
             evidence=["comportent une clause d'insertion professionnelle",
                       "gestion et valorisation des déchets de chantier et limitation des nuisances (10 %)",
                       "répartis en neuf lots", "Total 4 860 000"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet et décomposition"),
            P("Le présent CCAP est commun aux neuf lots de l'opération. Chaque lot fait l'objet d'un marché "
              "distinct."),
            H("Article 2 – Enveloppe de l'opération"),
            P("Pour information, l'enveloppe financière de l'opération, toutes dépenses confondues (études, "
              "travaux, équipements, aléas), est de 6 300 000 € TTC."),
            ] + F(["pieces", "prix_ferme", "avance", "garantie"], ctx) + [
            H("Article 7 – Délais"),
            P("Le délai global est de dix-huit mois à compter de l'ordre de service de démarrage. Le calendrier "
              "détaillé d'exécution est établi par le maître d'œuvre pendant la période de préparation."),
            H("Article 8 – Gestion des déchets de chantier"),
            P("Chaque entreprise trie ses déchets sur le site en cinq flux au minimum (inertes, bois, métaux, plâtre, "
              "déchets non dangereux en mélange) et atteint un taux de valorisation matière d'au moins 70 % en "
              "masse. Les bordereaux de suivi sont remis au maître d'œuvre chaque mois ; le brûlage et "
              "l'enfouissement sur site sont interdits."),
            H("Article 9 – Chantier à faibles nuisances"),
            P("Les travaux bruyants sont réalisés hors des heures de cours, entre 7 h 30 et 8 h 30, puis entre 16 h 30 "
              "et 19 h 00, ainsi que le mercredi après-midi et pendant les vacances scolaires."),
            H("Article 10 – Clause d'insertion"),
            P("Les titulaires des lots ci-dessous réservent à des personnes éloignées de l'emploi le nombre minimal "
              "d'heures de travail suivant :"),
            TAB([["Lot", "Heures d'insertion"],
                 ["1 – Gros œuvre – démolition", "1 750"],
                 ["2 – Charpente bois", "210"],
                 ["3 – Couverture – étanchéité", "280"],
                 ["5 – Menuiseries intérieures", "175"],
                 ["7 – Peinture – revêtements muraux", "315"],
                 ["9 – VRD – espaces extérieurs", "420"],
                 ["Total", "3 150"]],
                widths=[4, 1.6], align="lr", total=True),
            P("Les lots 4, 6 et 8 ne comportent pas d'heures d'insertion. Le guichet clauses sociales du "
              "Département accompagne les entreprises. Chaque heure non réalisée donne lieu à une pénalité de "
              "60 € HT."),
            ] + F(["penalites", "assurances", "resiliation", "derogations"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=3150, clause_environnementale=1,
               allotissement=1, nb_lots=9,
               evidence=["Total 3 150", "réservent à des personnes éloignées de l'emploi",
                         "taux de valorisation matière d'au moins 70 % en masse", "commun aux neuf lots"])
    dpgf_rows = [["N°", "Désignation", "U", "Qté", "PU HT", "Montant HT"],
                 ["1.1", "Installation de chantier, clôtures, base vie", "ens", "1", "", ""],
                 ["1.2", "Démolition du préau existant, évacuation", "ens", "1", "", ""],
                 ["1.3", "Terrassements en pleine masse", "m3", "640", "", ""],
                 ["1.4", "Fondations superficielles, béton armé", "m3", "118", "", ""],
                 ["1.5", "Voiles et poteaux béton armé", "m3", "205", "", ""],
                 ["1.6", "Dalles et planchers", "m2", "1 310", "", ""],
                 ["1.7", "Maçonnerie de blocs béton", "m2", "860", "", ""],
                 ["1.8", "Reprises en sous-œuvre", "ens", "1", "", ""],
                 ["", "Total HT", "", "", "", "……………"],
                 ["", "TVA 20 %", "", "", "", "……………"],
                 ["", "Total TTC", "", "", "", "……………"]]
    dpgf = [TITLE(B, "Décomposition du prix global et forfaitaire", "Lot n° 1 : Gros œuvre – démolition", ref),
            P("Les quantités sont données à titre indicatif ; l'entreprise les vérifie et les complète sous sa "
              "responsabilité. Le prix global et forfaitaire porté à l'acte d'engagement est égal au total HT "
              "ci-dessous."),
            TAB(dpgf_rows, widths=[0.6, 4, 0.6, 0.8, 1, 1.4], align="llrrrr"),
            P("Cachet et signature de l'entreprise :"),
            ]
    dpgf_l = L(allotissement=1, evidence=["Lot n° 1 : Gros œuvre – démolition"])
    H1 = B + " – Collège des Tilleuls – " + ref
    return dict(
        id="d05-morveac-college", title="Morvéac, collège des Tilleuls (9 lots de travaux, pas de maximum)",
        pieces=[piece("RC_college.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP_college.pdf", "CCAP", H1, "CCAP commun à tous les lots", ccap, ccap_l),
                piece("DPGF_lot01.docx", "DPGF", H1, "DPGF lot 1", dpgf, dpgf_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=3150, allotissement=1, nb_lots=9, montant_estime_ht=4860000),
        note="Marchés ordinaires de travaux : aucun maximum (piège : seuil européen 5 404 000, enveloppe de "
             "l'opération 6 300 000 TTC, seuil d'avance, DPGF vierge). Estimation par lot avec total 4 860 000. "
             "Heures par lot dans un tableau avec total 3 150.")


def d06():
    B = "Centre hospitalier de Sauvetoir"
    ref = "CHS-INFO-2026-05"
    obj = "Fourniture de postes de travail, d'écrans et de périphériques informatiques"
    ctx = dict(ccag="TIC", prix="BPU")
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, "Accord-cadre " + ref),
            H("Article 1 – Objet et lots"),
            P("L'accord-cadre porte sur la fourniture, la livraison et la mise en service de matériels informatiques "
              "pour les sites du centre hospitalier. Il est divisé en deux lots : lot 1, postes fixes et portables ; "
              "lot 2, écrans et périphériques."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("Chaque accord-cadre est conclu pour une durée de quatre ans à compter de sa notification. Il n'est "
              "pas reconductible."),
            H("Article 4 – Montants"),
            P("Les montants maximums de chaque lot, pour la durée de l'accord-cadre, sont fixés à l'acte "
              "d'engagement du lot. Aucun montant minimum n'est prévu. Un même bon de commande ne peut excéder "
              "90 000 € HT."),
            H("Article 5 – Livraison et mise en service"),
            P("Les matériels sont livrés au magasin central dans un délai de quinze jours ouvrés à compter de la "
              "réception du bon de commande. La mise en service comprend le déballage, le raccordement et le test "
              "de fonctionnement."),
            H("Article 6 – Exigences environnementales d'exécution"),
            P("Les équipements livrés sont titulaires du label TCO Certified ou d'un label équivalent. Le titulaire "
              "reprend sans frais les emballages au moment de la livraison ; il enlève les matériels remplacés "
              "désignés par l'acheteur et les oriente en priorité vers le réemploi, à défaut vers une filière agréée "
              "de traitement des déchets d'équipements électriques et électroniques. Il remet un certificat de "
              "traitement pour chaque enlèvement."),
            H("Article 7 – Conditions sociales de fabrication"),
            P("Le titulaire garantit que les équipements sont fabriqués dans le respect des conventions "
              "fondamentales de l'Organisation internationale du travail, notamment en matière de travail forcé, "
              "de travail des enfants et de liberté syndicale. Il remet, à la demande de l'acheteur, le dernier "
              "rapport d'audit social des sites d'assemblage et, en cas de manquement constaté, un plan d'action "
              "correctif assorti d'un calendrier."),
            H("Article 8 – Garantie des matériels"),
            P("Les matériels sont garantis trois ans, pièces, main-d'œuvre et déplacement compris, avec intervention "
              "sur site le jour ouvré suivant le signalement."),
            ] + F(["bons", "prix_ferme", "paiement", "penalites", "confidentialite", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["fabriqués dans le respect des conventions fondamentales de l'Organisation internationale du travail",
                         "reprend sans frais les emballages au moment de la livraison",
                         "Il est divisé en deux lots"])
    ae1 = [TITLE(B, "Acte d'engagement", "Lot 1 : Postes fixes et portables", "Accord-cadre " + ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Montant de l'accord-cadre"),
           P("Les prestations sont rémunérées par application des prix unitaires du bordereau du lot 1 aux quantités "
             "commandées."),
           P("Montant maximum de l'accord-cadre pour le lot 1, sur toute sa durée de quatre ans : 1 150 000,00 € HT, "
             "soit 1 380 000,00 € TTC."),
           P("Montant minimum : sans objet."),
           H("Article 4 – Délais"),
           P("Délai de livraison : quinze jours ouvrés au plus, ou le délai plus court proposé par le candidat : "
             "……… jours ouvrés."),
           ] + F(AE_TAIL, ctx)
    ae1_l = L(allotissement=1, montant_max_ht=1150000,
              evidence=["Lot 1 : Postes fixes et portables", "sur toute sa durée de quatre ans : 1 150 000,00 € HT"])
    ae2 = [TITLE(B, "Acte d'engagement", "Lot 2 : Écrans et périphériques", "Accord-cadre " + ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Montant de l'accord-cadre"),
           P("Les prestations sont rémunérées par application des prix unitaires du bordereau du lot 2. Le montant "
             "maximum est le suivant :"),
           TAB([["Période", "Montant maximum (M€ HT)"],
                ["Durée totale de l'accord-cadre (48 mois)", "0,42"]],
               widths=[3.5, 2], align="lr"),
           P("Au-delà de ce montant, aucune commande ne peut être émise au titre du lot 2."),
           H("Article 4 – Délais"),
           P("Délai de livraison : dix jours ouvrés au plus."),
           ] + F(AE_TAIL, ctx)
    ae2_l = L(allotissement=1, montant_max_ht=420000,
              evidence=["Lot 2 : Écrans et périphériques", "Montant maximum (M€ HT)",
                        "Durée totale de l'accord-cadre (48 mois) 0,42"])
    ted = [TITLE("Contract notice", "Supplies – Directive 2014/24/EU – Standard regime",
                 "Published in the Supplement to the Official Journal of the EU"),
           H("Section I: Contracting authority"),
           P("I.1) Name and addresses: Centre hospitalier de Sauvetoir, Direction des achats, 2 rue des Capucines, "
             "Sauvetoir, France. NUTS code: FRZZZ"),
           P("I.4) Type of the contracting authority: Body governed by public law"),
           P("I.5) Main activity: Health"),
           H("Section II: Object"),
           P("II.1.1) Title: Supply of workstations, screens and computer peripherals. Reference number: CHS-INFO-2026-05"),
           P("II.1.2) Main CPV code: 30213000 Personal computers"),
           P("II.1.3) Type of contract: Supplies"),
           P("II.1.4) Short description: Framework agreements for the supply, delivery and commissioning of "
             "computer equipment for the hospital sites."),
           P("II.1.5) Estimated total value: Value excluding VAT: 1 300 000.00 EUR"),
           P("II.1.6) Information about lots: This contract is divided into lots: yes. Tenders may be submitted for all lots."),
           P("II.2.1) Title: Desktop and laptop computers. Lot No: 1"),
           P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 45; Quality criterion - "
             "Name: Environmental performance (energy consumption, reparability, take-back of equipment) / "
             "Weighting: 15; Price - Weighting: 40"),
           P("II.2.7) Duration of the framework agreement: Duration in months: 48. This contract is subject to renewal: no"),
           P("II.2.1) Title: Screens and peripherals. Lot No: 2"),
           P("II.2.5) Award criteria: as for lot 1"),
           P("II.2.7) Duration in months: 48. This contract is subject to renewal: no"),
           H("Section III: Legal, economic, financial and technical information"),
           P("III.1.1) Suitability to pursue the professional activity: as stated in the procurement documents"),
           P("III.2.2) Contract performance conditions: Equipment must be manufactured in compliance with the ILO "
             "core conventions; the contractor shall provide social audit reports on request. Packaging and "
             "replaced equipment shall be taken back for reuse or recycling."),
           H("Section IV: Procedure"),
           P("IV.1.1) Type of procedure: Open procedure"),
           P("IV.1.3) Information about a framework agreement: The procurement involves the establishment of a "
             "framework agreement with a single operator."),
           P("IV.2.2) Time limit for receipt of tenders: 16/11/2026 12:00"),
           H("Section VI: Complementary information"),
           P("VI.3) Additional information: The maximum amount of each framework agreement is set in the form of "
             "tender of the lot."),
           ]
    ted_l = L(clause_sociale=1, clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
              montant_estime_ht=1300000,
              evidence=["manufactured in compliance with the ILO core conventions",
                        "Packaging and replaced equipment shall be taken back",
                        "Name: Environmental performance", "This contract is divided into lots: yes", "Lot No: 2",
                        "Value excluding VAT: 1 300 000.00 EUR"])
    H1 = B + " – Matériels informatiques – " + ref
    return dict(
        id="d06-sauvetoir-informatique", title="CH de Sauvetoir, matériels informatiques (maxima dans l'AE de chaque lot)",
        pieces=[piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("AE_lot1.pdf", "AE", H1, "Acte d'engagement – lot 1", ae1, ae1_l),
                piece("AE_lot2.pdf", "AE", H1, "Acte d'engagement – lot 2", ae2, ae2_l),
                piece("notice_TED.txt", "AVIS", H1, "", ted, ted_l)],
        pos=["clause_sociale", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_estime_ht=1300000, montant_max_ht=1570000),
        note="Maxima seulement dans l'AE de chaque lot : 1 150 000 (lot 1, avec TTC à côté) + 0,42 M€ (lot 2, "
             "tableau en M€) = 1 570 000 ; valeur estimée 1 300 000 dans l'avis TED (anglais). Clause sociale OIT "
             "sans insertion. Piège : plafond par bon 90 000.")


def d07():
    B = "Kerlouzic Habitat"
    ref = "KH-2026-CH-02"
    obj = "Entretien et dépannage des installations de chauffage collectif et d'eau chaude sanitaire"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE("Kerlouzic Habitat – Office public de l'habitat", "Règlement de la consultation", obj, "Consultation " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur l'entretien préventif, le dépannage et les petites réparations des 26 "
            "chaufferies collectives, des sous-stations et des réseaux de distribution desservant 1 840 logements "
            "du patrimoine de l'office."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 3 – Allotissement"),
          P("Le marché n'est pas alloti : l'entretien et le dépannage des chaufferies, des sous-stations et des "
            "réseaux forment un ensemble technique indissociable, dont la division ferait peser sur l'office la "
            "coordination des responsabilités en cas de panne."),
          H("Article 4 – Durée"),
          P("L'accord-cadre prend effet le 1er janvier 2027 pour une période initiale de douze mois. Il peut être "
            "reconduit trois fois par période de douze mois, par reconduction expresse, sans que sa durée totale "
            "puisse excéder quatre ans."),
          H("Article 5 – Clause d'insertion"),
          P("L'accord-cadre comporte une clause d'insertion professionnelle au bénéfice des personnes éloignées de "
            "l'emploi ; son volume figure à l'article 8 du CCAP."),
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 40 %",
               "Organisation de l'astreinte et délais d'intervention : 20 %",
               "Méthodologie de maintenance préventive : 15 %",
               "Performance environnementale des interventions (réglages de combustion, gestion des fluides et des "
               "pièces remplacées) : 10 %",
               "Modalités d'encadrement et de formation des personnes en insertion : 15 %"]),
          H("Article 7 – Questions des candidats"),
          P("Les réponses aux questions des candidats sont regroupées dans un registre des questions et réponses, "
            "mis à jour sur le profil d'acheteur ; ce registre fait partie du dossier de consultation."),
          ] + F(["dce", "candidature", "offre", "remise", "validite", "attribution", "recours"], ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=0,
             evidence=["comporte une clause d'insertion professionnelle au bénéfice des personnes éloignées",
                       "Modalités d'encadrement et de formation des personnes en insertion : 15 %",
                       "Performance environnementale des interventions", "Le marché n'est pas alloti"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre comprend une part forfaitaire, rémunérant l'entretien préventif, et une part "
              "à bons de commande, rémunérant les dépannages et petites réparations."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("La durée de l'accord-cadre et ses reconductions sont fixées au règlement de la consultation."),
            H("Article 4 – Prix"),
            P("La part forfaitaire est rémunérée par un prix annuel par chaufferie, payé par douzièmes. La part à "
              "bons de commande est rémunérée par application des prix unitaires du bordereau."),
            H("Article 5 – Montant de la part à bons de commande"),
            P("La part à bons de commande est conclue sans montant minimum et avec un montant maximum de "
              "185 000 € HT par période de douze mois."),
            H("Article 6 – Délais d'intervention"),
            P("Le titulaire intervient dans un délai de 4 heures en cas de panne totale de chauffage ou d'eau "
              "chaude, et de 24 heures dans les autres cas, astreinte comprise les week-ends et jours fériés."),
            H("Article 7 – Exigences environnementales"),
            P("Le titulaire récupère les fluides frigorigènes des pompes à chaleur dans des contenants dédiés et "
              "remet les bordereaux de suivi correspondants. Il règle la combustion de chaque générateur au moins "
              "deux fois par an et consigne les rendements mesurés. Les pièces et les huiles usagées sont remises à "
              "des filières de traitement agréées."),
            H("Article 8 – Clause d'insertion"),
            P("Le titulaire réalise une action d'insertion d'un volume de 350 heures de travail par période annuelle "
              "d'exécution, au bénéfice de personnes rencontrant des difficultés sociales et professionnelles "
              "particulières (demandeurs d'emploi de longue durée, allocataires de minima sociaux, jeunes sans "
              "qualification, travailleurs handicapés). Le PLIE de Kerlouzic assure le suivi de la clause."),
            P("Toute heure d'insertion non réalisée donne lieu à une pénalité de 40 € HT."),
            ] + F(["paiement", "penalites", "assurances", "resiliation", "derogations"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=350, clause_environnementale=1,
               montant_max_ht=185000,
               evidence=["un volume de 350 heures de travail par période annuelle",
                         "récupère les fluides frigorigènes des pompes à chaleur",
                         "montant maximum de 185 000 € HT par période de douze mois", "[maximum annuel seul]"])
    qr = [TITLE(B, "Registre des questions et réponses", obj, "Consultation " + ref + " – mise à jour du 14 octobre 2026"),
          P("Les questions sont reproduites telles qu'elles ont été posées sur le profil d'acheteur, sans "
            "l'identité de leur auteur. Les réponses engagent l'office et complètent le dossier de consultation."),
          H("Question 1"),
          P("Pouvez-vous communiquer la liste des chaufferies et la puissance des générateurs ?"),
          P("Réponse : la liste figure à l'annexe 2 du CCTP ; les puissances vont de 90 à 1 450 kW."),
          H("Question 2"),
          P("Quel a été le montant des dépannages commandés au titre du marché actuel ?"),
          P("Réponse : le marché en cours (2023-2026) a donné lieu à 512 300 € HT de commandes de dépannage sur "
            "quatre ans."),
          H("Question 3"),
          P("Le montant maximum de 185 000 € HT de la part à bons de commande s'applique-t-il à chaque période de "
            "reconduction ?"),
          P("Réponse : oui. Ce maximum s'applique à chacune des quatre périodes de douze mois ; le montant maximum "
            "de la part à bons de commande sur la durée totale de l'accord-cadre est donc de 740 000 € HT."),
          H("Question 4"),
          P("Les heures d'insertion sont-elles exigées chaque année ou globalement ?"),
          P("Réponse : l'objectif est de 350 heures par période annuelle d'exécution, soit 1 400 heures au total "
            "si l'accord-cadre est reconduit trois fois. Les heures réalisées au-delà de l'objectif d'une année "
            "sont reportées sur l'année suivante."),
          H("Question 5"),
          P("Le délai d'intervention de 4 heures court-il à partir de l'appel du locataire ?"),
          P("Réponse : non, il court à partir de l'appel du gardien ou du centre d'appels de l'office."),
          H("Question 6"),
          P("Une visite des installations est-elle obligatoire ?"),
          P("Réponse : la visite n'est pas obligatoire. Des visites de trois chaufferies représentatives sont "
            "organisées les 6 et 8 octobre 2026 ; l'inscription se fait sur le profil d'acheteur."),
          H("Question 7"),
          P("Les pièces détachées sont-elles comprises dans la part forfaitaire ?"),
          P("Réponse : les pièces d'usure listées à l'annexe 3 du CCTP sont comprises ; les autres pièces sont "
            "commandées par bon de commande."),
          ]
    qr_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1400, montant_max_ht=740000,
             evidence=["soit 1 400 heures au total", "sur la durée totale de l'accord-cadre est donc de 740 000 € HT"])
    H1 = B + " – Chauffage collectif – " + ref
    return dict(
        id="d07-kerlouzic-chauffage", title="Kerlouzic Habitat, chauffage collectif (maximum annuel, registre Q&R)",
        pieces=[piece("RC_chauffage.docx", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP_chauffage.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("Registre_QR.pdf", "QR", H1, "Questions et réponses n° 1", qr, qr_l)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=1400, allotissement=0, montant_max_ht=740000),
        note="Maximum annuel 185 000 au CCAP ; durée (un an + trois reconductions) au RC ; total 740 000 écrit dans "
             "le registre Q&R. Heures : 350 par an au CCAP, 1 400 au total dans le Q&R. Pièges : marché actuel "
             "512 300, délais de 4 et 24 heures, puissances en kW.")


def d08():
    B = "Communauté de communes de Montcabrel"
    ref = "CCM-TRV-2026-01"
    obj = "Transport routier de voyageurs : lignes intercommunales et sorties scolaires"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Accords-cadres à bons de commande – " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur l'exécution de services réguliers de transport sur les lignes "
            "intercommunales du territoire et de services occasionnels pour les sorties des écoles et des accueils "
            "périscolaires."),
          H("Article 2 – Lots et montants maximums"),
          P("La consultation comprend trois lots. Chaque lot fait l'objet d'un accord-cadre à bons de commande "
            "mono-attributaire, sans minimum, dont le montant maximum pour la durée totale, reconductions "
            "comprises, est indiqué ci-dessous."),
          TAB([["Lot", "Intitulé", "Montant maximum sur la durée totale (M€ HT)"],
               ["1", "Lignes régulières du secteur nord", "1,25"],
               ["2", "Lignes régulières du secteur sud", "0,86"],
               ["3", "Sorties scolaires et périscolaires", "0,47"]],
              widths=[0.6, 3.8, 2.4], align="llr"),
          H("Article 3 – Durée"),
          P("Les accords-cadres sont conclus pour une période initiale de deux ans à compter du 1er septembre 2026, "
            "reconductible trois fois par périodes d'un an, soit une durée maximale de cinq ans."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 5 – Clause d'insertion"),
          P("Chaque lot comporte une clause d'insertion professionnelle, dont le volume d'heures est fixé par le CCAP."),
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 45 %",
               "Valeur technique (organisation du service, moyens de substitution, encadrement) : 40 %",
               "Performances environnementales du parc affecté (motorisations, âge des véhicules, formation des "
               "conducteurs à l'écoconduite) : 15 %"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=3,
             montant_max_ht=2580000,
             evidence=["Chaque lot comporte une clause d'insertion professionnelle",
                       "Performances environnementales du parc affecté", "La consultation comprend trois lots",
                       "Montant maximum sur la durée totale (M€ HT)", "[1,25 + 0,86 + 0,47 M€ = 2 580 000]"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP s'applique aux trois lots de la consultation : lot 1, lignes du secteur nord ; lot 2, "
              "lignes du secteur sud ; lot 3, sorties scolaires et périscolaires."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Prix"),
            P("Les services réguliers sont rémunérés par un prix au kilomètre commercial parcouru ; les services "
              "occasionnels par un prix forfaitaire par sortie, selon la distance et la durée, fixé au bordereau."),
            H("Article 4 – Montants"),
            P("Les montants maximums de chaque lot figurent au règlement de la consultation ; ils valent pour la durée "
              "totale de l'accord-cadre, reconductions comprises."),
            H("Article 5 – Véhicules"),
            P("Les véhicules affectés au service sont à motorisation électrique, au bioGNV ou, à défaut, conformes à "
              "la norme Euro VI. Aucun véhicule de plus de douze ans n'est admis. Les conducteurs suivent une "
              "formation à l'écoconduite dans les six mois de leur affectation ; le titulaire transmet chaque année "
              "les consommations d'énergie par ligne."),
            H("Article 6 – Clause d'insertion"),
            P("Le titulaire de chaque lot réserve à des personnes éloignées de l'emploi un volume d'heures de travail, "
              "sur la durée totale de l'accord-cadre, fixé comme suit : lot 1 : 2 000 heures ; lot 2 : 1 200 heures ; "
              "lot 3 : 600 heures."),
            P("Sont comptées les heures de conduite et d'accompagnement effectuées par des salariés recrutés dans le "
              "cadre d'un parcours d'insertion, y compris pendant leur formation au titre professionnel de conducteur "
              "du transport routier de voyageurs financée par le titulaire."),
            H("Article 7 – Pénalités spécifiques"),
            P("Tout retard supérieur à 15 minutes au départ d'une ligne donne lieu à une pénalité de 150 € HT. Toute "
              "heure d'insertion non réalisée donne lieu à une pénalité de 80 € HT."),
            ] + F(["bons", "prix_rev", "avance", "paiement", "assurances", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=3800, clause_environnementale=1,
               allotissement=1, nb_lots=3,
               evidence=["lot 1 : 2 000 heures ; lot 2 : 1 200 heures ; lot 3 : 600 heures",
                         "[somme : 3 800]", "à motorisation électrique, au bioGNV",
                         "s'applique aux trois lots"])
    cctp = [TITLE(B, "Cahier des clauses techniques particulières", obj, ref),
            H("Article 1 – Champ d'application"),
            P("Le présent CCTP est commun aux trois lots. Il décrit les itinéraires, les horaires et la qualité de "
              "service attendue ; les fiches horaires figurent en annexe."),
            H("Article 2 – Lignes régulières (lots 1 et 2)"),
            P("Les lignes fonctionnent du lundi au samedi, de 6 h 30 à 20 h 00, avec un cadencement à l'heure en "
              "période de pointe. L'amplitude de travail des conducteurs respecte la réglementation sociale "
              "européenne, notamment une durée de conduite journalière limitée à 9 heures."),
            H("Article 3 – Sorties scolaires (lot 3)"),
            P("Les sorties sont commandées au moins huit jours à l'avance. Le véhicule est mis à disposition à "
              "l'heure indiquée sur le bon de commande, avec ceintures de sécurité à toutes les places."),
            H("Article 4 – Véhicules et énergie"),
            P("Les véhicules affectés sont à motorisation électrique ou au bioGNV, ou conformes à la norme Euro VI ; "
              "leur âge n'excède pas douze ans. Le titulaire équipe chaque véhicule d'un système de suivi des "
              "consommations."),
            H("Article 5 – Personnel et insertion"),
            P("Pour le lot 1, le titulaire réalise 1 600 heures d'insertion sur la durée de l'accord-cadre, "
              "notamment en recrutant des conducteurs en parcours d'insertion."),
            H("Article 6 – Information des voyageurs"),
            P("Le titulaire affiche les horaires à chaque arrêt et informe la communauté de communes de toute "
              "perturbation dans l'heure."),
            ]
    cctp_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1600, clause_environnementale=1,
               allotissement=1, nb_lots=3,
               evidence=["Pour le lot 1, le titulaire réalise 1 600 heures d'insertion",
                         "Les véhicules affectés sont à motorisation électrique ou au bioGNV",
                         "commun aux trois lots"])
    H1 = B + " – Transport de voyageurs – " + ref
    return dict(
        id="d08-montcabrel-transport", title="Montcabrel, transport de voyageurs (3 lots, maxima en M€)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.docx", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("CCTP.pdf", "CCTP", H1, "CCTP", cctp, cctp_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=3800, allotissement=1, nb_lots=3, montant_max_ht=2580000),
        note="CONFLIT : le CCTP donne 1 600 heures pour le lot 1, le CCAP 2 000 ; le CCAP prime (2 000 + 1 200 + "
             "600 = 3 800). Maxima par lot en M€ dans un tableau du RC, sans ligne Total (1,25 + 0,86 + 0,47 = "
             "2,58 M€). Pièges : 9 heures de conduite, retard de 15 minutes, seuil d'avance.")


def d09():
    B = "Ville de Lestavel"
    ref = "LST-FB-2026"
    obj = "Fourniture de papier et de fournitures de bureau"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Accord-cadre à bons de commande – " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la fourniture et la livraison de papier de reprographie, d'enveloppes et de "
            "petites fournitures de bureau pour les services municipaux et les écoles."),
          H("Article 2 – Absence de lots"),
          P("Le marché n'est pas décomposé en lots : une livraison groupée de l'ensemble des fournitures par un "
            "seul fournisseur réduit le nombre de livraisons et les coûts de gestion."),
          H("Article 3 – Durée"),
          P("L'accord-cadre est conclu pour un an à compter du 1er janvier 2027 ; il est reconductible trois fois "
            "pour un an."),
          H("Article 4 – Estimation"),
          P("Le besoin est estimé à 38 000 € HT par an, soit 152 000 € HT sur la durée maximale de quatre ans."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 6 – Jugement des offres"),
          LST(["Prix, apprécié sur un panier type : 60 %", "Qualité des produits et du service (délais, gestion des "
               "reliquats, interface de commande) : 40 %"]),
          ] + F(["dce", "candidature", "offre", "remise", "validite", "renseignements", "recours"], ctx)
    rc_l = L(allotissement=0, montant_estime_ht=152000,
             evidence=["Le marché n'est pas décomposé en lots",
                       "soit 152 000 € HT sur la durée maximale de quatre ans"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur la fourniture de papier et de fournitures de "
              "bureau, livrées dans les bâtiments listés en annexe."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Montants"),
            P("Le montant minimum annuel des commandes est de 12 000 € HT. Le montant maximum annuel des commandes "
              "est de 54 000 € TTC."),
            H("Article 4 – Livraisons"),
            P("Les commandes sont livrées dans un délai de 48 heures ouvrées, en une livraison hebdomadaire groupée "
              "par site, sauf urgence signalée sur le bon de commande."),
            H("Article 5 – Produits et emballages"),
            P("Le papier de reprographie est constitué à 100 % de fibres recyclées. Le titulaire reprend, lors de "
              "chaque livraison, les cartons et emballages de la livraison précédente ; il collecte trimestriellement "
              "les cartouches d'encre et de toner usagées en vue de leur réemploi ou de leur recyclage et en remet "
              "le justificatif."),
            ] + F(["bons", "prix_rev", "paiement", "penalites", "verification", "resiliation"], ctx)
    ccap_l = L(clause_environnementale=1,
               evidence=["reprend, lors de chaque livraison, les cartons et emballages de la livraison précédente"])
    H1 = B + " – Fournitures de bureau – " + ref
    return dict(
        id="d09-lestavel-fournitures", title="Lestavel, fournitures de bureau (maximum seulement TTC)",
        pieces=[piece("RC.docx", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l)],
        pos=["clause_environnementale"],
        values=V(allotissement=0, montant_estime_ht=152000),
        note="Piège : maximum annuel écrit seulement en TTC (54 000 € TTC) -> montant_max_ht vide ; minimum annuel "
             "12 000 HT ; estimation 152 000 HT écrite (38 000 par an). Délai de 48 heures.")


def d10():
    B = "Département de Rieumaure"
    ref = "AD-RMR-2026-04"
    obj = "Numérisation et reconditionnement de fonds d'archives"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B + " – Archives départementales", "Règlement de la consultation", obj, ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la numérisation de registres paroissiaux, d'état civil et de plans "
            "cadastraux, ainsi que sur le dépoussiérage et le reconditionnement des fonds en boîtes de "
            "conservation."),
          H("Article 2 – Lots"),
          LST(["Lot 1 : numérisation des registres et des plans (environ 1,1 million de vues) ;",
               "Lot 2 : dépoussiérage, reconditionnement et cotation des boîtes – lot réservé."]),
          P("Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, "
            "en application de l'article L2113-12 du code de la commande publique."),
          H("Article 3 – Durée et valeur estimée"),
          P("Les accords-cadres sont conclus pour une durée ferme de quarante-huit mois. La valeur estimée de "
            "l'ensemble des lots est de 300 000 € HT."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 5 – Jugement des offres"),
          TAB([["Critère", "Lot 1", "Lot 2"],
               ["Prix", "50 %", "50 %"],
               ["Valeur technique", "40 %", "40 %"],
               ["Impact environnemental de la prestation (transport des archives, consommables, énergie des équipements)", "10 %", "10 %"]],
              widths=[4.4, 1, 1], align="lrr"),
          ] + F(RC_TAIL, ctx)
    rc_l = L(marche_reserve=1, reserve_base="L2113-12", critere_environnemental=1, allotissement=1, nb_lots=2,
             montant_estime_ht=300000,
             evidence=["en application de l'article L2113-12 du code de la commande publique",
                       "Impact environnemental de la prestation", "Lot 1 : numérisation des registres",
                       "Lot 2 : dépoussiérage", "La valeur estimée de l'ensemble des lots est de 300 000 € HT"])
    ccap = [TITLE(B, "CCAP", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux deux lots de la consultation : lot 1, numérisation ; lot 2, "
              "reconditionnement."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Montants maximums"),
            P("Les accords-cadres sont conclus sans montant minimum et avec les montants maximums suivants :"),
            LST(["Lot 1 : 264 000 € HT pour la durée totale de l'accord-cadre (48 mois) ;",
                 "Lot 2 : 88 000 € HT pour la même durée."]),
            H("Article 4 – Lot réservé"),
            P("Le lot 2 est réservé aux entreprises adaptées et aux ESAT (article L2113-12 du code de la commande "
              "publique). Le titulaire justifie, à la demande de l'acheteur, de la proportion de travailleurs "
              "handicapés qu'il emploie."),
            H("Article 5 – Clause d'insertion (lot 1)"),
            P("Le titulaire du lot 1 consacre au moins 420 heures de travail, sur la durée de l'accord-cadre, à "
              "l'emploi de personnes éloignées de l'emploi, notamment pour la préparation matérielle des documents "
              "et le contrôle qualité des images."),
            H("Article 6 – Conditions environnementales"),
            P("Les boîtes et chemises de conservation sont en carton permanent sans acide, fabriquées à partir de "
              "fibres recyclées. Les transports d'archives entre les dépôts et l'atelier sont groupés et effectués "
              "en véhicules électriques ou à faibles émissions ; le titulaire en tient le registre."),
            H("Article 7 – Sécurité des documents"),
            P("Les documents sont transportés en caisses scellées. Toute perte ou dégradation est signalée dans "
              "l'heure au service des archives."),
            ] + F(["bons", "prix_ferme", "paiement", "penalites", "confidentialite", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, marche_reserve=1,
               reserve_base="L2113-12", clause_environnementale=1, allotissement=1, nb_lots=2,
               montant_max_ht=352000,
               evidence=["consacre au moins 420 heures de travail", "réservé aux entreprises adaptées et aux ESAT (article L2113-12",
                         "en véhicules électriques ou à faibles émissions", "commun aux deux lots",
                         "Lot 1 : 264 000 € HT", "Lot 2 : 88 000 € HT"])
    ted = [TITLE("Contract notice", "Services – Directive 2014/24/EU", "Département de Rieumaure – Archives départementales"),
           H("Section II: Object"),
           P("II.1.1) Title: Digitisation and reconditioning of archival records. Reference number: AD-RMR-2026-04"),
           P("II.1.2) Main CPV code: 79999100 Scanning services"),
           P("II.1.3) Type of contract: Services"),
           P("II.1.5) Estimated total value: Value excluding VAT: 300 000.00 EUR"),
           P("II.1.6) Information about lots: This contract is divided into lots: yes"),
           P("II.2.1) Title: Digitisation of registers and maps. Lot No: 1"),
           P("II.2.5) Award criteria: Quality criterion - Name: Technical value / Weighting: 40; Quality criterion - "
             "Name: Environmental impact of the service / Weighting: 10; Price - Weighting: 50"),
           P("II.2.7) Duration in months: 48"),
           P("II.2.1) Title: Dusting, reconditioning and labelling of boxes. Lot No: 2"),
           P("II.2.5) Award criteria: as for lot 1"),
           P("II.2.7) Duration in months: 48"),
           H("Section III: Legal, economic, financial and technical information"),
           P("III.1.5) Information about reserved contracts: The contract is restricted to sheltered workshops and "
             "economic operators aiming at the social and professional integration of disabled or disadvantaged "
             "persons (lot 2 only)."),
           P("III.2.2) Contract performance conditions: Lot 1: social integration clause, 420 hours of work for "
             "persons far from employment. Both lots: grouped transport of records by low-emission vehicles."),
           H("Section IV: Procedure"),
           P("IV.1.1) Type of procedure: Open procedure"),
           P("IV.2.2) Time limit for receipt of tenders: 30/11/2026 16:00"),
           ]
    ted_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=420, marche_reserve=1, reserve_base="L2113-12",
              clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=2,
              montant_estime_ht=300000,
              evidence=["social integration clause, 420 hours of work",
                        "restricted to sheltered workshops", "grouped transport of records by low-emission vehicles",
                        "Name: Environmental impact of the service", "divided into lots: yes", "Lot No: 2",
                        "Value excluding VAT: 300 000.00 EUR"])
    H1 = B + " – Archives – " + ref
    return dict(
        id="d10-rieumaure-archives", title="Rieumaure, numérisation d'archives (2 lots, lot 2 réservé EA/ESAT)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP – Archives départementales", ccap, ccap_l, columns=2),
                piece("notice_TED_en.txt", "AVIS", H1, "", ted, ted_l)],
        pos=["clause_sociale", "clause_insertion", "marche_reserve", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=420, allotissement=1, nb_lots=2, montant_estime_ht=300000, montant_max_ht=352000,
                 reserve_base="L2113-12"),
        note="Maxima par lot dans une liste d'un CCAP à deux colonnes : 264 000 + 88 000 = 352 000 ; valeur estimée "
             "300 000 (RC et avis TED en anglais). Lot 2 réservé L2113-12 (article cité au RC et au CCAP ; l'avis "
             "n'a que la formule « sheltered workshops »).")


def d11():
    B = "Syndicat intercommunal d'assainissement de Pontgirard"
    ref = "SIAP-2026-RES"
    obj = "Curage, inspection télévisée et petites réparations des réseaux d'assainissement"
    ctx = dict(ccag="TRAVAUX", prix="DQE")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Consultation " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur le curage préventif et curatif des réseaux d'eaux usées et pluviales, leur "
            "inspection télévisée et les petites réparations ponctuelles, sur les onze communes adhérentes."),
          H("Article 2 – Allotissement"),
          P("La consultation est divisée en trois lots géographiques :"),
          LST(["lot 1 – secteur nord : Pontgirard, Brèves-sur-Lande, Saint-Hilmer et Cormaux ;",
               "lot 2 – secteur centre : Auzan, Villefrêne, Loubressac-le-Bas et La Vaissière ;",
               "lot 3 – secteur sud : Montgeval, Sarrazac-d'Ance et Les Prés-Hauts."]),
          H("Article 3 – Durée"),
          P("Chaque accord-cadre est conclu pour douze mois à compter de sa notification, reconductible deux fois "
            "pour douze mois."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 5 – Clause d'insertion"),
          P("Une clause d'insertion s'applique à chaque lot, dans les conditions de l'article 7 du CCAP."),
          H("Article 6 – Jugement des offres"),
          LST(["Prix, apprécié sur le détail quantitatif estimatif : 50 %",
               "Valeur technique : 40 %",
               "Moyens mis en œuvre pour limiter la consommation d'eau et les émissions des hydrocureuses : 10 %"]),
          P("Le détail quantitatif estimatif n'a pas de valeur contractuelle ; son montant total sert uniquement à "
            "comparer les offres."),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=3,
             evidence=["Une clause d'insertion s'applique à chaque lot",
                       "limiter la consommation d'eau et les émissions des hydrocureuses",
                       "divisée en trois lots géographiques"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots. Chaque lot donne lieu à un accord-cadre à bons de commande "
              "mono-attributaire."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("L'accord-cadre est conclu pour douze mois, reconductible deux fois pour douze mois, soit une durée "
              "maximale de trente-six mois."),
            H("Article 4 – Montants"),
            TAB([["Lot", "Secteur", "Montant maximum annuel HT"],
                 ["1", "Nord", "150 000 €"],
                 ["2", "Centre", "110 000 €"],
                 ["3", "Sud", "90 000 €"]],
                widths=[0.6, 2.4, 2.4], align="llr"),
            P("Les montants maximums annuels s'appliquent à chaque période, initiale et de reconduction. Aucun "
              "minimum n'est fixé ; chaque bon de commande porte sur un montant d'au moins 1 500 € HT."),
            H("Article 5 – Prescriptions environnementales"),
            P("Les hydrocureuses utilisées sont équipées d'un dispositif de recyclage de l'eau de curage. Les "
              "matières de curage sont évacuées vers la station d'épuration désignée par le syndicat, avec bordereau "
              "de suivi ; tout rejet au milieu naturel est interdit."),
            ] + F(["bons"], ctx) + [
            H("Article 7 – Clause d'insertion"),
            P("Le titulaire de chaque lot réserve à des personnes éloignées de l'emploi un nombre d'heures de travail, "
              "sur la durée totale de l'accord-cadre : lot 1 : 450 heures ; lot 2 : 350 heures ; lot 3 : 250 heures. "
              "Le syndicat est accompagné par le facilitateur du PLIE du bassin de Pontgirard."),
            H("Article 8 – Délais d'intervention"),
            P("Pour les interventions curatives, le titulaire est sur site dans un délai de 2 heures de jour et de "
              "3 heures la nuit et le week-end."),
            ] + F(["prix_rev", "paiement", "penalites", "garantie", "assurances", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=1050, clause_environnementale=1,
               allotissement=1, nb_lots=3, montant_max_ht=1050000,
               evidence=["lot 1 : 450 heures ; lot 2 : 350 heures ; lot 3 : 250 heures",
                         "équipées d'un dispositif de recyclage de l'eau de curage", "commun aux trois lots",
                         "Montant maximum annuel HT", "[(150 000 + 110 000 + 90 000) x 3 périodes]"])
    cctp = [TITLE(B, "Cahier des clauses techniques particulières", obj, ref),
            H("Article 1 – Objet et champ"),
            P("Le présent CCTP s'applique aux deux lots du marché : lot 1 – secteur nord et lot 2 – secteur sud. "
              "Il décrit les prestations de curage, d'inspection et de réparation."),
            H("Article 2 – Curage"),
            P("Le curage est réalisé par hydrocurage à haute pression, avec un dispositif de recyclage de l'eau de "
              "curage ; l'usage d'eau potable du réseau public est limité au remplissage initial."),
            H("Article 3 – Inspection télévisée"),
            P("Les inspections sont réalisées selon la norme NF EN 13508-2 ; les rapports sont remis au format "
              "numérique dans les quinze jours."),
            H("Article 4 – Petites réparations"),
            P("Les réparations ponctuelles par chemisage partiel ou robot multifonctions sont commandées sur devis "
              "établi à partir du bordereau."),
            H("Article 5 – Sécurité"),
            P("Toute intervention en espace confiné est réalisée par du personnel titulaire du certificat CATEC."),
            ]
    cctp_l = L(clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["avec un dispositif de recyclage de l'eau de curage", "s'applique aux deux lots du marché"])
    ae3 = [TITLE(B, "Acte d'engagement", "Lot n° 3 (sur 3) : secteur sud", ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Montant et durée"),
           P("Montant maximum annuel : 90 000 € HT. L'accord-cadre est conclu pour douze mois, reconductible deux fois "
             "pour douze mois ; le montant maximum s'applique à chaque période."),
           H("Article 4 – Insertion"),
           P("Je m'engage à réaliser les 250 heures d'insertion prévues pour le lot 3 à l'article 7 du CCAP."),
           ] + F(AE_TAIL, ctx)
    ae3_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=250, allotissement=1, nb_lots=3,
              montant_max_ht=270000,
              evidence=["Je m'engage à réaliser les 250 heures d'insertion", "Lot n° 3 (sur 3)",
                        "Montant maximum annuel : 90 000 € HT", "[x 3 périodes]"])
    H1 = "SIA de Pontgirard – Réseaux d'assainissement – " + ref
    return dict(
        id="d11-pontgirard-assainissement", title="SIA de Pontgirard, curage des réseaux (3 lots ; CCTP à 2 lots)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("CCTP.docx", "CCTP", H1, "CCTP", cctp, cctp_l),
                piece("AE_lot3.docx", "AE", H1, "Acte d'engagement lot 3", ae3, ae3_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=1050, allotissement=1, nb_lots=3, montant_max_ht=1050000),
        note="CONFLIT : le CCTP parle de deux lots (nord, sud), le RC, le CCAP et l'AE de trois ; trois retenus. "
             "Maxima annuels par lot au CCAP avec la durée dans la même pièce : (150 000 + 110 000 + 90 000) x 3 = "
             "1 050 000. Heures : 450 + 350 + 250 = 1 050. Pièges : bon de commande minimal 1 500, délais en heures, "
             "DQE non contractuel.")


def d12():
    B = "Ville de Castelvézy"
    ref = "CVZ-MOE-2026-04"
    obj = "Maîtrise d'œuvre pour la réhabilitation thermique de l'école élémentaire du Pré-Fleuri"
    ctx = dict(ccag="MOE", prix="FORFAIT")
    rc = [TITLE(B, "Règlement de la consultation", obj, ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur une mission de maîtrise d'œuvre de base au sens de l'article R2431-4 du code "
            "de la commande publique, complétée d'une mission d'ordonnancement, de pilotage et de coordination, "
            "pour l'isolation, le remplacement des menuiseries et la rénovation des systèmes de ventilation et de "
            "chauffage de l'école élémentaire du Pré-Fleuri (2 350 m² de surface de plancher)."),
          H("Article 2 – Procédure"),
          P("La consultation est passée selon une procédure adaptée ouverte (article R2123-1 1° du code de la "
            "commande publique), la valeur estimée du besoin étant inférieure au seuil de 216 000 € HT."),
          H("Article 3 – Enveloppe des travaux"),
          P("L'enveloppe financière prévisionnelle affectée aux travaux est de 1 650 000 € HT (valeur juin 2026). "
            "Le forfait de rémunération est calculé sur cette base, puis rendu définitif à l'avant-projet définitif."),
          H("Article 4 – Estimation"),
          P("Le montant estimé des honoraires de la mission, y compris la mission complémentaire, est de "
            "148 500 € HT."),
          H("Article 5 – Jugement des offres"),
          TAB([["Critère", "Pondération"],
               ["Composition et expérience de l'équipe", "20 %"],
               ["Méthodologie et organisation de la mission en site occupé", "15 %"],
               ["Approche de la sobriété énergétique et du réemploi des matériaux", "15 %"],
               ["Prix (taux de rémunération et forfaits)", "50 %"]],
              widths=[5, 1.2], align="lr"),
          ] + F(RC_TAIL, ctx)
    rc_l = L(critere_environnemental=1, montant_estime_ht=148500,
             evidence=["Approche de la sobriété énergétique et du réemploi des matériaux",
                       "est de 148 500 € HT"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent marché a pour objet la mission de maîtrise d'œuvre décrite au règlement de la "
              "consultation. Il comprend les éléments de mission ESQ, APS, APD, PRO, ACT, VISA, DET, AOR et OPC."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Rémunération"),
            P("La rémunération est forfaitaire. Le forfait provisoire est égal au produit du taux de rémunération "
              "proposé par le titulaire et du coût prévisionnel des travaux fixé par le maître d'ouvrage. Il devient "
              "définitif à l'acceptation de l'avant-projet définitif, par avenant."),
            H("Article 4 – Engagement sur le coût des travaux"),
            P("Le titulaire s'engage sur le coût prévisionnel des travaux issu de l'APD, avec un taux de tolérance "
              "de 5 %. Si le coût constaté après consultation des entreprises dépasse ce seuil, le titulaire reprend "
              "gratuitement ses études."),
            H("Article 5 – Délais"),
            P("Les délais d'établissement des documents d'études sont de six semaines pour l'APS, huit semaines pour "
              "l'APD et dix semaines pour le PRO, à compter de l'ordre de service correspondant."),
            H("Article 6 – Pénalités"),
            P("En cas de retard dans la remise des documents, le titulaire encourt une pénalité de 150 € HT par jour. "
              "Le montant total des pénalités est plafonné à 10 % du montant de la rémunération."),
            ] + F(["avance", "paiement", "assurances", "resiliation", "litiges"], ctx)
    ccap_l = L(evidence=[])
    ae = [TITLE(B, "Acte d'engagement", obj, ref)] + F(AE_HEAD, ctx) + [
          H("Article 3 – Rémunération"),
          P("Taux de rémunération proposé : ……… %   Forfait provisoire de rémunération : ……………… € HT"),
          P("Répartition du forfait par élément de mission :"),
          TAB([["Élément", "Part du forfait", "Montant HT"],
               ["ESQ", "5 %", "……"], ["APS", "9 %", "……"], ["APD", "14 %", "……"], ["PRO", "18 %", "……"],
               ["ACT", "6 %", "……"], ["VISA", "6 %", "……"], ["DET", "26 %", "……"], ["AOR", "6 %", "……"],
               ["OPC", "10 %", "……"], ["Total", "100 %", "……"]],
              widths=[2, 1.6, 2], align="lrr", total=True),
          H("Article 4 – Délais"),
          P("Je m'engage à respecter les délais d'études fixés à l'article 5 du CCAP."),
          ] + F(AE_TAIL, ctx)
    ae_l = L(evidence=[])
    H1 = B + " – Maîtrise d'œuvre école du Pré-Fleuri – " + ref
    return dict(
        id="d12-castelvezy-moe", title="Castelvézy, maîtrise d'œuvre (estimation seule, pas de maximum)",
        pieces=[piece("RC_MOE.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP_MOE.docx", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("AE_MOE.pdf", "AE", H1, "Acte d'engagement", ae, ae_l)],
        pos=["critere_environnemental"],
        values=V(montant_estime_ht=148500),
        note="Piège de maximum nul : seule l'estimation des honoraires (148 500) est une valeur du marché ; "
             "l'enveloppe des travaux (1 650 000), le seuil de 216 000, le plafond des pénalités (10 %) et la "
             "tolérance de 5 % n'en sont pas. Rien sur les lots. L'objet (réhabilitation thermique) n'est pas une "
             "clause environnementale ; seul le critère compte.")


def d13():
    B = "Syndicat mixte de collecte et de valorisation de Saint-Ondrais"
    ref = "SMCV-2026-COL"
    obj = "Collecte des déchets ménagers et assimilés"
    ctx = dict(ccag="FCS", prix="DQE")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Consultation " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la collecte en porte-à-porte des ordures ménagères résiduelles et des "
            "emballages, et sur la collecte du verre en points d'apport volontaire, sur les 34 communes du syndicat "
            "(58 200 habitants)."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 3 – Lots"),
          LST(["Lot 1 : collecte des ordures ménagères résiduelles ;",
               "Lot 2 : collecte des emballages et papiers ;",
               "Lot 3 : collecte du verre en points d'apport volontaire."]),
          H("Article 4 – Forme et durée des marchés"),
          P("Chaque lot fait l'objet d'un marché ordinaire à prix unitaires, exécuté sans bons de commande, du "
            "1er janvier 2027 au 31 décembre 2032. Les quantités portées au détail quantitatif estimatif sont "
            "indicatives ; le montant de chaque marché résulte des quantités réellement exécutées."),
          H("Article 5 – Valeur estimée"),
          P("La valeur estimée de l'ensemble des marchés est de 9,6 M€ HT pour les trois lots et la durée totale "
            "de six ans."),
          H("Article 6 – Jugement des offres"),
          TAB([["Critère", "Pondération"],
               ["Prix (sur la base du DQE)", "45 %"],
               ["Valeur technique", "35 %"],
               ["Performance environnementale : motorisation des bennes, optimisation des tournées, émissions", "12 %"],
               ["Performance en matière d'insertion professionnelle : accueil, tutorat, formation qualifiante", "8 %"]],
              widths=[5, 1.2], align="lr"),
          H("Article 7 – Clause d'insertion"),
          P("Chaque lot comporte une clause d'insertion dont le volume est fixé à l'article 10 du CCAP."),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_social=1, critere_environnemental=1, allotissement=1,
             nb_lots=3, montant_estime_ht=9600000,
             evidence=["Chaque lot comporte une clause d'insertion",
                       "Performance en matière d'insertion professionnelle : accueil, tutorat",
                       "Performance environnementale : motorisation des bennes", "Lot 3 : collecte du verre",
                       "est de 9,6 M€ HT pour les trois lots"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots de la consultation."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("Les marchés sont exécutés du 1er janvier 2027 au 31 décembre 2032."),
            H("Article 4 – Prix"),
            P("Les prestations sont rémunérées par des prix unitaires à la tonne collectée et à la levée de "
              "conteneur, appliqués aux quantités réellement exécutées. Les prix sont révisés chaque année au "
              "1er janvier."),
            H("Article 5 – Continuité du service"),
            P("Toute collecte non effectuée est rattrapée dans un délai de 24 heures. Au-delà, une pénalité de "
              "500 € HT par tournée est appliquée."),
            H("Article 6 – Véhicules et environnement"),
            P("Les bennes affectées au service fonctionnent au bioGNV ou à l'électricité ; les véhicules "
              "d'appoint sont au minimum de classe Crit'Air 1. Le lavage des bacs et des bennes utilise une eau "
              "recyclée. Le titulaire transmet chaque trimestre les kilomètres parcourus et l'énergie consommée."),
            H("Article 7 – Suivi des tonnages"),
            P("Chaque vidage est pesé au centre de transfert ; le titulaire transmet les tickets de pesée chaque "
              "semaine."),
            ] + F(["avance", "paiement"], ctx) + [
            H("Article 10 – Clause d'insertion"),
            P("Le titulaire de chaque lot réserve à des personnes éloignées de l'emploi le nombre d'heures de travail "
              "suivant, sur la durée totale du marché :"),
            TAB([["Lot", "Heures d'insertion sur 6 ans"],
                 ["1 – Ordures ménagères résiduelles", "3 600"],
                 ["2 – Emballages et papiers", "2 400"],
                 ["3 – Verre", "600"],
                 ["Total", "6 600"]],
                widths=[4, 2], align="lr", lines=False, total=True),
            ] + F(["assurances", "resiliation", "derogations"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=6600, clause_environnementale=1,
               allotissement=1, nb_lots=3,
               evidence=["Total 6 600", "réserve à des personnes éloignées de l'emploi",
                         "Les bennes affectées au service fonctionnent au bioGNV", "commun aux trois lots"])
    dqe = [TITLE(B, "Détail quantitatif estimatif", "Lot 1 : collecte des ordures ménagères résiduelles", ref),
           P("Le présent détail n'a pas de valeur contractuelle. Il sert exclusivement au jugement des offres. Les "
             "quantités correspondent à la durée totale du marché (six ans)."),
           TAB([["Réf.", "Prestation", "Unité", "Quantité (6 ans)", "PU HT", "Total HT"],
                ["1", "Collecte en porte-à-porte, zone urbaine", "tonne", "41 400", "", ""],
                ["2", "Collecte en porte-à-porte, zone rurale", "tonne", "29 700", "", ""],
                ["3", "Collecte des gros producteurs", "levée", "18 720", "", ""],
                ["4", "Collecte de rattrapage", "tournée", "60", "", ""],
                ["5", "Mise à disposition d'une benne supplémentaire", "jour", "120", "", ""],
                ["", "Montant total du DQE HT", "", "", "", "……………"]],
               widths=[0.6, 3.6, 0.9, 1.3, 1, 1.2], align="llrrrr", total=True),
           P("Le candidat complète les colonnes « PU HT » et « Total HT ». Toute erreur de calcul est corrigée par "
             "l'acheteur au vu des prix unitaires."),
           ]
    dqe_l = L(allotissement=1, evidence=["Lot 1 : collecte des ordures ménagères résiduelles"])
    avis = [TITLE("AVIS DE MARCHÉ", "BOAMP – annonce n° 26-140915", "Services – procédure ouverte"),
            H("SECTION 1 – ACHETEUR"),
            P("Nom : Syndicat mixte de collecte et de valorisation de Saint-Ondrais"),
            H("SECTION 2 – OBJET"),
            P("Intitulé : Collecte des déchets ménagers et assimilés"),
            P("Code CPV principal : 90511000 – Services de collecte des ordures ménagères"),
            P("Valeur estimée hors TVA : 9 600 000 euros"),
            P("Durée : 72 mois"),
            P("Division en lots : oui – Lot n° 1 : ordures ménagères résiduelles ; Lot n° 2 : emballages et papiers ; "
              "Lot n° 3 : verre en points d'apport volontaire"),
            H("SECTION 3 – CONDITIONS"),
            P("Marché réservé : non"),
            P("Clause sociale d'insertion : oui. Volume total : 6 600 heures sur la durée des marchés "
              "(lot 1 : 3 600 h ; lot 2 : 2 400 h ; lot 3 : 600 h)."),
            P("Conditions particulières d'exécution : bennes au bioGNV ou électriques, lavage à l'eau recyclée."),
            H("SECTION 4 – CRITÈRES"),
            P("Prix : 45 % ; valeur technique : 35 % ; performance environnementale : 12 % ; performance en matière "
              "d'insertion professionnelle : 8 %."),
            H("SECTION 5 – PROCÉDURE"),
            P("Date limite de réception des offres : 23 novembre 2026 à 12 h 00."),
            ]
    avis_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=6600, critere_social=1,
               clause_environnementale=1, critere_environnemental=1, allotissement=1, nb_lots=3,
               montant_estime_ht=9600000,
               evidence=["Volume total : 6 600 heures", "performance en matière d'insertion professionnelle : 8 %",
                         "bennes au bioGNV ou électriques", "performance environnementale : 12 %",
                         "Lot n° 3 : verre", "Valeur estimée hors TVA : 9 600 000 euros"])
    H1 = "SMCV Saint-Ondrais – Collecte des déchets – " + ref
    return dict(
        id="d13-saint-ondrais-collecte", title="Saint-Ondrais, collecte des déchets (3 lots, marchés ordinaires)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("DQE_lot1.pdf", "DQE", H1, "DQE – lot 1", dqe, dqe_l),
                piece("avis.txt", "AVIS", H1, "", avis, avis_l)],
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale",
             "critere_environnemental"],
        values=V(heures_insertion=6600, allotissement=1, nb_lots=3, montant_estime_ht=9600000),
        note="Marchés ordinaires à prix unitaires : aucun maximum (piège : DQE vierge avec ligne « Montant total du "
             "DQE », quantités sur six ans). Estimation 9,6 M€ (RC) = 9 600 000 (avis). Heures par lot dans un "
             "tableau sans filets avec total 6 600. Pièges : 24 heures de rattrapage, 500 € par tournée.")


def d14():
    B = "Communauté urbaine de Hautevergne"
    ref = "CUH-MOB-2026-09"
    obj = "Fourniture et installation de mobilier pour les écoles, les crèches et les services"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Accords-cadres à bons de commande – " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la fourniture, la livraison, le montage et l'installation de mobilier pour "
            "les écoles, les établissements d'accueil du jeune enfant et les services de la communauté urbaine."),
          H("Article 2 – Allotissement"),
          P("La consultation est allotie. Chaque lot donne lieu à un accord-cadre mono-attributaire, sans minimum, "
            "dont le montant maximum est le suivant :"),
          TAB([["Lot", "Désignation", "Montant maximum pour la durée totale (en k€ HT)"],
               ["1", "Mobilier scolaire", "360"],
               ["2", "Mobilier de la petite enfance", "145"],
               ["3", "Mobilier de bureau des services", "95"],
               ["", "Total des trois lots", "600"]],
              widths=[0.6, 3.6, 2.6], align="llr", total=True),
          H("Article 3 – Durée et valeur estimée"),
          P("Les accords-cadres sont conclus pour une période initiale de deux ans, reconductible une fois pour un "
            "an. La valeur estimée de l'ensemble des lots, reconduction comprise, est de 520 000 € HT."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 5 – Insertion"),
          P("Le lot 1 comporte une clause d'insertion portant sur la livraison et le montage (article 6 du CCAP)."),
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 40 %", "Valeur technique et qualité d'usage des produits : 40 %",
               "Performance environnementale des produits et de la livraison (durabilité, réparabilité, emballages, "
               "reprise du mobilier réformé) : 20 %"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, critere_environnemental=1, allotissement=1, nb_lots=3,
             montant_estime_ht=520000, montant_max_ht=600000,
             evidence=["Le lot 1 comporte une clause d'insertion",
                       "Performance environnementale des produits et de la livraison", "La consultation est allotie",
                       "Total des trois lots 600", "est de 520 000 € HT"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux trois lots : lot 1, mobilier scolaire ; lot 2, mobilier de la petite "
              "enfance ; lot 3, mobilier de bureau des services."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Montants"),
            P("Les montants maximums de chaque lot sont indiqués au règlement de la consultation et à l'acte "
              "d'engagement du lot. Aucun montant minimum n'est fixé."),
            H("Article 4 – Garantie"),
            P("Le mobilier est garanti cinq ans à compter de son admission, pièces et main-d'œuvre comprises."),
            H("Article 5 – Livraison, emballages et reprise"),
            P("Le titulaire livre le mobilier monté, à l'emplacement indiqué. Il reprend et évacue sans supplément "
              "les emballages, qu'il trie en vue de leur recyclage. Il reprend le mobilier réformé désigné par la "
              "communauté urbaine et le remet à une filière de réemploi ou, à défaut, à l'éco-organisme de la "
              "filière des éléments d'ameublement."),
            H("Article 6 – Clause d'insertion (lot 1)"),
            P("Le titulaire du lot 1 réserve 280 heures de travail, sur la durée totale de l'accord-cadre, aux "
              "opérations de livraison, de montage et de reprise confiées à des personnes en parcours d'insertion."),
            ] + F(["bons", "prix_rev", "paiement", "penalites", "verification", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=280, clause_environnementale=1,
               allotissement=1, nb_lots=3,
               evidence=["réserve 280 heures de travail", "Il reprend le mobilier réformé",
                         "commun aux trois lots"])
    cctp = [TITLE(B, "Cahier des clauses techniques particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCTP définit les spécifications du mobilier et les conditions de livraison du marché. Le "
              "marché, non alloti, est exécuté par bons de commande."),
            H("Article 2 – Normes"),
            P("Le mobilier scolaire est conforme à la norme NF EN 1729 ; le mobilier de la petite enfance aux normes "
              "de sécurité qui lui sont applicables ; les sièges de bureau à la norme NF EN 1335."),
            H("Article 3 – Matériaux"),
            P("Les panneaux de particules sont classés E1 ; les bois massifs proviennent de forêts gérées "
              "durablement ; les chants sont collés sans solvant."),
            H("Article 4 – Livraison et reprise"),
            P("Les livraisons ont lieu pendant les vacances scolaires pour les écoles. Le titulaire reprend le "
              "mobilier réformé et l'oriente vers le réemploi ou le recyclage ; il remet un bordereau de reprise."),
            H("Article 5 – Échantillons"),
            P("Le candidat tient à disposition un échantillon de chaque modèle du bordereau pendant la durée de "
              "l'analyse des offres."),
            ]
    cctp_l = L(clause_environnementale=1, allotissement=0,
               evidence=["reprend le mobilier réformé et l'oriente vers le réemploi ou le recyclage",
                         "Le marché, non alloti"])
    avis = [TITLE("Avis d'appel public à la concurrence", "BOAMP – annonce n° 26-152260", "Fournitures – appel d'offres ouvert"),
            P("Acheteur : Communauté urbaine de Hautevergne, direction de la commande publique."),
            P("Objet : fourniture et installation de mobilier pour les écoles, les crèches et les services."),
            P("Code CPV principal : 39160000 – Mobilier scolaire."),
            P("Forme : accords-cadres à bons de commande, un par lot."),
            P("Division en lots : oui, 3 lots."),
            P("Lot 1 – Mobilier scolaire – montant maximum : 360 000 € HT."),
            P("Lot 2 – Mobilier de la petite enfance – montant maximum : 145 000 € HT."),
            P("Lot 3 – Mobilier de bureau des services – montant maximum : 95 000 € HT."),
            P("Valeur estimée hors TVA : 520 000 EUR."),
            P("Conditions particulières d'exécution : lot 1 : clause d'insertion (280 heures) ; tous lots : reprise "
              "des emballages et du mobilier réformé."),
            P("Critères d'attribution : prix 40 % ; valeur technique 40 % ; performance environnementale 20 %."),
            P("Durée : 24 mois, reconductible une fois 12 mois."),
            P("Réception des offres : 7 décembre 2026, 12 h 00."),
            ]
    avis_l = L(clause_sociale=1, clause_insertion=1, heures_insertion=280, clause_environnementale=1,
               critere_environnemental=1, allotissement=1, nb_lots=3, montant_estime_ht=520000,
               montant_max_ht=600000,
               evidence=["clause d'insertion (280 heures)", "reprise des emballages et du mobilier réformé",
                         "performance environnementale 20 %", "Division en lots : oui, 3 lots.",
                         "Valeur estimée hors TVA : 520 000 EUR", "[360 000 + 145 000 + 95 000]"])
    H1 = B + " – Mobilier – " + ref
    return dict(
        id="d14-hautevergne-mobilier", title="Hautevergne, mobilier (3 lots ; CCTP « non alloti »)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.docx", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("CCTP.pdf", "CCTP", H1, "CCTP", cctp, cctp_l),
                piece("avis_BOAMP.txt", "AVIS", H1, "", avis, avis_l)],
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        values=V(heures_insertion=280, allotissement=1, nb_lots=3, montant_estime_ht=520000, montant_max_ht=600000),
        note="CONFLIT : le CCTP dit « marché, non alloti », le RC, le CCAP et l'avis trois lots ; alloti retenu. "
             "Maxima par lot en k€ dans le RC avec total 600 ; avis avec les trois maxima en euros. Estimation "
             "520 000. Piège : garantie de cinq ans.")


def d15():
    B = "Ville de Vaugrenier-les-Sources"
    ref = "VGS-SEC-2026-11"
    obj = "Surveillance et gardiennage des bâtiments et des manifestations municipales"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Accord-cadre à bons de commande – " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la surveillance humaine des bâtiments municipaux, les rondes de fermeture, "
            "l'accueil et le filtrage lors des manifestations, et les interventions sur alarme."),
          ] + F(["proc_aoo"], ctx) + [
          H("Article 3 – Allotissement"),
          P("L'accord-cadre n'est pas alloti : un prestataire unique garantit la continuité des rondes et des "
            "interventions sur alarme entre les bâtiments et les sites de manifestations."),
          H("Article 4 – Durée"),
          P("L'accord-cadre est conclu pour douze mois à compter du 1er février 2027 ; il est reconductible trois "
            "fois pour douze mois."),
          H("Article 5 – Insertion"),
          P("Le CCAP comporte une clause d'insertion exprimée en pourcentage des heures de surveillance "
            "effectuées."),
          H("Article 6 – Information des candidats"),
          P("À titre d'information, le montant des prestations commandées en 2025 au titre du marché précédent "
            "s'est élevé à 171 400 € HT."),
          H("Article 7 – Jugement des offres"),
          LST(["Prix : 50 %", "Organisation et moyens de supervision : 25 %", "Encadrement des agents : 15 %",
               "Plan de continuité du service : 10 %"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(clause_sociale=1, clause_insertion=1, allotissement=0,
             evidence=["Le CCAP comporte une clause d'insertion", "L'accord-cadre n'est pas alloti"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur les prestations de surveillance et de "
              "gardiennage décrites au CCTP. Il est exécuté par des agents titulaires de la carte professionnelle "
              "délivrée par le Conseil national des activités privées de sécurité."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("Douze mois à compter du 1er février 2027, reconductible trois fois pour douze mois."),
            H("Article 4 – Montant"),
            P("L'accord-cadre est conclu sans montant minimum. Le montant maximum de l'accord-cadre, toutes périodes "
              "confondues (période initiale et trois reconductions), est fixé à 900" + BR + "000 € HT."),
            H("Article 5 – Prix"),
            P("Les prestations sont rémunérées par un taux horaire par catégorie d'agent, majoré pour les heures de "
              "nuit, les dimanches et les jours fériés selon les coefficients du bordereau."),
            H("Article 6 – Clause d'insertion"),
            P("Le titulaire confie à des personnes éloignées de l'emploi au moins 5 % des heures de surveillance "
              "effectuées au titre de l'accord-cadre, par embauche directe ou mise à disposition. Il justifie chaque "
              "trimestre du nombre d'heures réalisées."),
            H("Article 7 – Conditions d'intervention"),
            P("Un agent ne peut effectuer plus de 12 heures de vacation consécutives. En cas d'absence, le "
              "remplacement est assuré dans un délai de 2 heures."),
            ] + F(["bons", "prix_rev", "paiement", "penalites", "assurances", "confidentialite", "resiliation"], ctx)
    ccap_l = L(clause_sociale=1, clause_insertion=1, montant_max_ht=900000,
               evidence=["confie à des personnes éloignées de l'emploi au moins 5 % des heures de surveillance",
                         "est fixé à 900 000 € HT"])
    ae = [TITLE(B, "Acte d'engagement", obj, ref)] + F(AE_HEAD, ctx) + [
          H("Article 3 – Prix"),
          TAB([["Catégorie d'agent", "Taux horaire HT (jour)", "Taux horaire HT (nuit)"],
               ["Agent de sécurité qualifié", "……… €", "……… €"],
               ["Agent de sécurité cynophile", "……… €", "……… €"],
               ["Chef d'équipe", "……… €", "……… €"]],
              widths=[3, 2, 2], align="lrr"),
          P("Le montant maximum de l'accord-cadre est celui de l'article 4 du CCAP."),
          H("Article 4 – Engagement d'insertion"),
          P("Je m'engage à respecter la part d'heures de surveillance réservée à l'insertion prévue à l'article 6 "
            "du CCAP."),
          ] + F(AE_TAIL, ctx)
    ae_l = L(clause_sociale=1, clause_insertion=1,
             evidence=["la part d'heures de surveillance réservée à l'insertion"])
    H1 = B + " – Surveillance et gardiennage – " + ref
    return dict(
        id="d15-vaugrenier-surveillance", title="Vaugrenier-les-Sources, gardiennage (maximum total, insertion en %)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("AE.docx", "AE", H1, "Acte d'engagement", ae, ae_l)],
        pos=["clause_sociale", "clause_insertion"],
        values=V(allotissement=0, montant_max_ht=900000),
        note="Maximum sur toute la durée 900 000 (chiffre coupé en fin de ligne dans le PDF). Heures d'insertion : "
             "pourcentage (5 %) sans nombre -> vide. Pièges : marché précédent 171 400, 12 heures de vacation, "
             "2 heures de remplacement, taux horaires vierges.")


def d16():
    B = "Communauté de communes de Mirandol-sur-Tesse"
    ref = "CCMT-ETU-2026-02"
    obj = "Études urbaines et paysagères pour la revitalisation des centres-bourgs"
    ctx = dict(ccag="PI", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, "Accord-cadre à bons de commande – " + ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur la réalisation, à la demande, d'études pré-opérationnelles de "
            "revitalisation des centres-bourgs des sept communes du programme : diagnostics, plans-guides, "
            "esquisses d'aménagement d'espaces publics et fiches-actions."),
          H("Article 2 – Décomposition"),
          P("Il n'est pas prévu de décomposition en lots : les études des différents bourgs doivent suivre une "
            "méthode commune et être conduites par une même équipe pluridisciplinaire."),
          H("Article 3 – Durée"),
          P("L'accord-cadre est conclu pour trois ans à compter de sa notification, sans reconduction."),
          H("Article 4 – Montant estimé"),
          P("Le montant estimé des commandes sur la durée de l'accord-cadre est de 96 000 € HT."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 6 – Jugement des offres"),
          LST(["Prix, apprécié sur une simulation de commande : 40 %", "Méthode proposée : 30 %",
               "Composition et références de l'équipe : 20 %",
               "Modalités de concertation avec les élus et les habitants : 10 %"]),
          ] + F(["dce", "candidature", "offre", "remise", "validite", "renseignements", "recours"], ctx)
    rc_l = L(allotissement=0, montant_estime_ht=96000,
             evidence=["Il n'est pas prévu de décomposition en lots", "est de 96 000 € HT"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur les études décrites au CCTP. Chaque étude fait "
              "l'objet d'un bon de commande précisant son contenu, son délai et son prix, calculé à partir des prix "
              "journaliers et forfaitaires du bordereau."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée et montant"),
            P("L'accord-cadre est conclu pour trois ans, sans montant minimum et avec un montant maximum de "
              "160 000 € HT sur sa durée totale."),
            P("Le prix d'une étude de bourg ne peut dépasser 40 000 € HT ; au-delà, la communauté de communes lance "
              "une consultation distincte."),
            H("Article 4 – Propriété intellectuelle"),
            P("L'option A du CCAG s'applique : la communauté de communes peut utiliser librement les résultats, "
              "y compris pour les besoins de tiers désignés, sans autre rémunération."),
            ] + F(["prix_ferme", "paiement", "penalites", "resiliation", "litiges"], ctx)
    ccap_l = L(montant_max_ht=160000,
               evidence=["montant maximum de 160 000 € HT sur sa durée totale"])
    cctp = [TITLE(B, "CCTP", obj, ref),
            H("Article 1 – Contexte"),
            P("Les sept bourgs du programme comptent entre 600 et 3 200 habitants. Leurs centres connaissent une "
              "vacance commerciale et résidentielle élevée, alors que les équipements publics y restent concentrés."),
            H("Article 2 – Contenu d'une étude de bourg"),
            P("Chaque étude comprend trois phases : un diagnostic partagé (fonctionnement urbain, habitat, "
              "commerce, mobilités, paysage) ; un plan-guide à dix ans ; des fiches-actions chiffrées et "
              "hiérarchisées."),
            H("Article 3 – Diagnostic"),
            P("Le diagnostic s'appuie sur les données disponibles, complétées par des relevés de terrain, une "
              "enquête auprès des commerçants et deux ateliers avec les habitants."),
            H("Article 4 – Plan-guide"),
            P("Le plan-guide présente l'organisation future du centre-bourg : espaces publics, îlots à requalifier, "
              "cheminements, stationnement, trame paysagère. Il est rendu au 1/2000 et au 1/500 pour les secteurs "
              "à enjeux."),
            H("Article 5 – Fiches-actions"),
            P("Chaque fiche précise l'objectif, le maître d'ouvrage pressenti, le coût estimé, les financements "
              "mobilisables et le calendrier."),
            H("Article 6 – Réunions"),
            P("Chaque étude comprend quatre réunions de comité de pilotage d'une durée de 2 heures environ, dont le "
              "titulaire assure l'animation et le compte rendu."),
            H("Article 7 – Rendus"),
            P("Les documents sont remis sous forme numérique (formats éditables et PDF) et en deux exemplaires "
              "papier pour les rendus de fin de phase."),
            H("Article 8 – Délais"),
            P("Le délai d'une étude de bourg est de six mois, hors périodes de validation par le comité de pilotage."),
            H("Article 9 – Budget"),
            P("Le budget estimé des études sur les trois années de l'accord-cadre est de 110 000 € HT."),
            H("Article 10 – Interlocuteurs"),
            P("Le chef de projet « petites villes de demain » de la communauté de communes est l'interlocuteur "
              "unique du titulaire."),
            ]
    cctp_l = L(montant_estime_ht=110000, evidence=["Le budget estimé des études sur les trois années de l'accord-cadre est de 110 000 € HT"])
    H1 = B + " – Études centres-bourgs – " + ref
    return dict(
        id="d16-mirandol-etudes", title="Mirandol-sur-Tesse, études urbaines (estimation contradictoire)",
        pieces=[piece("RC.docx", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("CCTP.pdf", "CCTP", H1, "CCTP – études centres-bourgs", cctp, cctp_l, columns=2)],
        pos=[],
        values=V(allotissement=0, montant_estime_ht=96000, montant_max_ht=160000),
        note="CONFLIT : estimation 96 000 au RC, « budget estimé » 110 000 au CCTP (pages à deux colonnes) ; le RC "
             "prime. Maximum 160 000 sur la durée totale au CCAP. Aucune considération sociale ou "
             "environnementale. Pièges : prix maximal d'une étude 40 000, réunions de 2 heures.")


def d17():
    B = "Département de Valbrenne"
    ref = "DV-RSA-2026-03"
    obj = "Accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de solidarité active"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, ref + " – marché réservé"),
          H("Article 1 – Objet"),
          P("La consultation porte sur l'accompagnement socioprofessionnel renforcé de bénéficiaires du revenu de "
            "solidarité active orientés par le Département, en vue de leur accès à l'emploi ou à la formation."),
          H("Article 2 – Marché réservé"),
          P("En application de l'article L2113-15 du code de la commande publique, le marché, qui porte "
            "exclusivement sur des services sociaux et autres services spécifiques, est réservé aux entreprises de "
            "l'économie sociale et solidaire qui poursuivent un objectif d'utilité sociale et une mission de "
            "service public liée à la prestation de ces services."),
          H("Article 3 – Allotissement"),
          P("Le marché n'est pas alloti, l'accompagnement étant organisé sur un territoire unique par une seule "
            "équipe."),
          H("Article 4 – Volume prévisionnel"),
          P("Le volume prévisionnel est de 6 000 heures d'accompagnement individuel par an, pour environ 320 "
            "bénéficiaires accompagnés simultanément."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 6 – Jugement des offres"),
          LST(["Prix : 35 %", "Qualité technique de l'offre (organisation, moyens humains, outils de suivi) : 45 %",
               "Implantation des permanences et délais de premier rendez-vous : 20 %"]),
          ] + F(RC_TAIL, ctx)
    rc_l = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0,
             evidence=["En application de l'article L2113-15 du code de la commande publique",
                       "Le marché n'est pas alloti"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent accord-cadre à bons de commande porte sur l'accompagnement socioprofessionnel renforcé "
              "décrit au CCTP. Il est réservé aux entreprises de l'économie sociale et solidaire mentionnées à "
              "l'article L2113-15 du code de la commande publique."),
            ] + F(["pieces"], ctx) + [
            H("Article 3 – Durée"),
            P("L'accord-cadre est conclu pour douze mois à compter du 1er janvier 2027. Il est reconductible trois "
              "fois pour douze mois."),
            H("Article 4 – Montants"),
            P("Le montant maximum annuel des commandes est fixé à 210 000 € HT ; il est identique pour chaque "
              "période, soit un montant maximum de 840 000 € HT sur la durée maximale de quatre ans. Aucun minimum "
              "n'est fixé."),
            H("Article 5 – Modalités d'accompagnement"),
            P("Le volume prévisionnel est de 6 000 heures d'accompagnement individuel par an. Le premier rendez-vous "
              "a lieu dans un délai de 72 heures ouvrées après l'orientation. Le titulaire renseigne chaque mois "
              "les indicateurs de suivi (entretiens réalisés, entrées en formation, accès à l'emploi)."),
            H("Article 6 – Réservation"),
            P("Le titulaire atteste qu'il ne s'est pas vu attribuer, au cours des trois dernières années, un marché "
              "du Département pour les mêmes services en application de l'article L2113-15."),
            ] + F(["bons", "prix_ferme", "paiement", "confidentialite", "resiliation"], ctx)
    ccap_l = L(marche_reserve=1, reserve_base="L2113-15", montant_max_ht=840000,
               evidence=["mentionnées à l'article L2113-15 du code de la commande publique",
                         "soit un montant maximum de 840 000 € HT sur la durée maximale"])
    avis = [TITLE("Avis de marché", "Services sociaux et autres services spécifiques – Directive 2014/24/UE",
                  "Journal officiel de l'Union européenne"),
            H("Section I : Pouvoir adjudicateur"),
            P("I.1) Nom et adresses : Département de Valbrenne, direction de l'insertion et de l'emploi, "
              "hôtel du Département, Valbrenne, France"),
            H("Section II : Objet"),
            P("II.1.1) Intitulé : Accompagnement socioprofessionnel renforcé des bénéficiaires du RSA. Numéro de "
              "référence : DV-RSA-2026-03"),
            P("II.1.2) Code CPV principal : 85312320 Services de conseil"),
            P("II.1.3) Type de marché : Services"),
            P("II.1.5) Valeur totale estimée : Valeur hors TVA : 760 000,00 EUR"),
            P("II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            P("II.2.7) Durée du marché : 12 mois. Ce marché peut faire l'objet d'une reconduction : oui. Description "
              "des modalités : trois reconductions de 12 mois"),
            H("Section III : Renseignements d'ordre juridique"),
            P("III.1.5) Informations sur les marchés réservés : Le marché est réservé à des organisations poursuivant "
              "une mission de service public et remplissant les conditions énoncées à l'article 77 de la directive "
              "2014/24/UE (article L2113-15 du code de la commande publique)."),
            H("Section IV : Procédure"),
            P("IV.1.1) Type de procédure : procédure adaptée (services sociaux et autres services spécifiques)"),
            P("IV.2.2) Date limite de réception des offres : 14/12/2026 12:00"),
            H("Section VI : Renseignements complémentaires"),
            P("VI.3) Informations complémentaires : accord-cadre mono-attributaire exécuté par bons de commande."),
            ]
    avis_l = L(marche_reserve=1, reserve_base="L2113-15", allotissement=0, montant_estime_ht=760000,
               evidence=["(article L2113-15 du code de la commande publique)",
                         "Ce marché est divisé en lots : non", "Valeur hors TVA : 760 000,00 EUR"])
    H1 = B + " – Accompagnement des bénéficiaires du RSA – " + ref
    return dict(
        id="d17-valbrenne-accompagnement", title="Valbrenne, accompagnement RSA (réservé ESS L2113-15)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.docx", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("avis_JOUE.txt", "AVIS", H1, "", avis, avis_l)],
        pos=["marche_reserve"],
        values=V(allotissement=0, montant_estime_ht=760000, montant_max_ht=840000, reserve_base="L2113-15"),
        note="Objet = accompagnement vers l'emploi : ni clause d'insertion ni clause sociale (l'objet n'est pas une "
             "clause) ; les 6 000 heures d'accompagnement par an sont un piège pour les heures d'insertion. "
             "Maximum : 210 000 par an, 840 000 écrit pour quatre ans. Réservé ESS (L2113-15). Valeur estimée "
             "760 000 dans l'avis JOUE.")


def d18():
    B = "Ville de Brugassac"
    ref = "VB-IMP-2026-06"
    obj = "Impression, façonnage et routage des supports de communication municipaux"
    ctx = dict(ccag="FCS", prix="BPU")
    rc = [TITLE(B, "Règlement de la consultation", obj, ref),
          H("Article 1 – Objet"),
          P("La consultation porte sur l'impression du magazine municipal, des affiches et des brochures, ainsi que "
            "sur le façonnage, la mise sous pli et le routage des envois de la Ville."),
          H("Article 2 – Lots"),
          LST(["Lot 1 : impression offset et numérique ;",
               "Lot 2 : façonnage, mise sous pli et routage – lot réservé."]),
          P("Le lot 2 est réservé, en application de l'article L2113-13-1 du code de la commande publique, aux "
            "opérateurs économiques qui emploient des personnes détenues, notamment dans le cadre d'un contrat "
            "d'emploi pénitentiaire, ainsi qu'aux structures équivalentes."),
          H("Article 3 – Durée"),
          P("Lot 1 : douze mois, reconductible trois fois pour douze mois. Lot 2 : vingt-quatre mois, sans "
            "reconduction."),
          H("Article 4 – Montants"),
          P("Chaque lot fait l'objet d'un accord-cadre à bons de commande sans minimum. Les montants maximums sont "
            "indiqués dans l'acte d'engagement de chaque lot."),
          ] + F(["proc_mapa"], ctx) + [
          H("Article 6 – Jugement des offres"),
          P("Lot 1 : prix 50 % ; valeur technique 35 % ; performance environnementale du procédé d'impression "
            "(encres, gestion des déchets, certification de l'imprimerie) 15 %."),
          P("Lot 2 : prix 60 % ; valeur technique 40 %."),
          ] + F(RC_TAIL, ctx)
    rc_l = L(marche_reserve=1, reserve_base="L2113-13-1", critere_environnemental=1, allotissement=1, nb_lots=2,
             evidence=["en application de l'article L2113-13-1 du code de la commande publique",
                       "performance environnementale du procédé d'impression", "Lot 2 : façonnage"])
    ccap = [TITLE(B, "Cahier des clauses administratives particulières", obj, ref),
            H("Article 1 – Objet"),
            P("Le présent CCAP est commun aux deux lots : lot 1, impression ; lot 2, façonnage, mise sous pli et "
              "routage. Le lot 2 est réservé aux opérateurs mentionnés à l'article L2113-13-1 du code de la commande "
              "publique."),
            ] + F(["pieces", "bons"], ctx) + [
            H("Article 4 – Montants"),
            P("Les montants maximums de chaque lot sont fixés à l'acte d'engagement du lot. Pour le lot 2, aucun "
              "bon de commande ne peut excéder 12 000 € HT."),
            H("Article 5 – Prescriptions environnementales (lot 1)"),
            P("Le papier est recyclé ou issu de forêts gérées durablement ; les encres sont à base d'huiles "
              "végétales. Les déchets dangereux de l'atelier (chiffons souillés, solvants, plaques) sont remis à une "
              "filière agréée et le titulaire en tient les bordereaux à la disposition de la Ville."),
            H("Article 6 – Délais"),
            P("Les bons à tirer sont remis dans un délai de 48 heures ; les travaux d'impression sont livrés dans "
              "les cinq jours ouvrés suivant le bon à tirer."),
            ] + F(["prix_ferme", "paiement", "penalites", "verification", "resiliation"], ctx)
    ccap_l = L(marche_reserve=1, reserve_base="L2113-13-1", clause_environnementale=1, allotissement=1, nb_lots=2,
               evidence=["mentionnés à l'article L2113-13-1 du code de la commande publique",
                         "Les déchets dangereux de l'atelier", "commun aux deux lots"])
    ae1 = [TITLE(B, "Acte d'engagement", "Lot 1 : impression offset et numérique", ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Montants maximums"),
           P("L'accord-cadre du lot 1 est conclu sans minimum, avec les montants maximums suivants :"),
           TAB([["Période", "Montant maximum HT"],
                ["Période initiale (12 mois)", "75 000 €"],
                ["Première reconduction", "75 000 €"],
                ["Deuxième reconduction", "75 000 €"],
                ["Troisième reconduction", "75 000 €"],
                ["Total sur la durée maximale", "300 000 €"]],
               widths=[3.4, 2], align="lr", total=True),
           ] + F(AE_TAIL, ctx)
    ae1_l = L(allotissement=1, montant_max_ht=300000,
              evidence=["Lot 1 : impression offset et numérique", "Total sur la durée maximale 300 000 €"])
    ae2 = [TITLE(B, "Acte d'engagement", "Lot 2 : façonnage, mise sous pli et routage (lot réservé, article L2113-13-1)", ref)] + F(AE_HEAD, ctx) + [
           H("Article 3 – Réservation"),
           P("Le candidat atteste qu'il remplit les conditions de l'article L2113-13-1 du code de la commande "
             "publique et que la proportion de personnes détenues qu'il emploie est au moins égale à 50 %."),
           H("Article 4 – Montant maximum"),
           P("Montant maximum pour la durée totale de l'accord-cadre (vingt-quatre mois) : 48 000 € HT."),
           ] + F(AE_TAIL, ctx)
    ae2_l = L(marche_reserve=1, reserve_base="L2113-13-1", allotissement=1, montant_max_ht=48000,
              evidence=["remplit les conditions de l'article L2113-13-1", "Lot 2 : façonnage",
                        "(vingt-quatre mois) : 48 000 € HT"])
    H1 = B + " – Impression et routage – " + ref
    return dict(
        id="d18-brugassac-impression", title="Brugassac, impression et routage (maxima dans l'AE de chaque lot)",
        pieces=[piece("RC.pdf", "RC", H1, "Règlement de la consultation", rc, rc_l),
                piece("CCAP.pdf", "CCAP", H1, "CCAP", ccap, ccap_l),
                piece("AE_lot1.pdf", "AE", H1, "Acte d'engagement – lot 1", ae1, ae1_l),
                piece("AE_lot2.docx", "AE", H1, "Acte d'engagement – lot 2", ae2, ae2_l)],
        pos=["marche_reserve", "clause_environnementale", "critere_environnemental"],
        values=V(allotissement=1, nb_lots=2, montant_max_ht=348000, reserve_base="L2113-13-1"),
        note="Maxima seulement dans les AE : lot 1 par période avec total 300 000, lot 2 48 000 -> 348 000. Lot 2 "
             "réservé au travail pénitentiaire (L2113-13-1). Pièges : plafond par bon 12 000, délai de 48 heures.")


DOSSIERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18]


def build_piece(folder, p):
    path = os.path.join(folder, p["file"])
    ext = p["file"].rsplit(".", 1)[1]
    pdf = ext == "pdf"
    blocks = [_conv(b, pdf) for b in number_articles(p["blocks"])]
    n = None
    if pdf:
        n = build_pdf(path, _conv_str(p["header"], True), _conv_str(p["footer"], True), blocks,
                      columns=p.get("columns", 1), title=p["header"])
    elif ext == "docx":
        build_docx(path, p["header"], p["footer"], blocks)
    else:
        build_txt(path, blocks)
    p["final_blocks"] = blocks
    return n


def check_articles(d, p):
    """Les numéros d'articles d'une pièce doivent se suivre sans doublon ni trou."""
    nums = []
    for b in number_articles(p["blocks"]):
        if b[0] in ("h", "h2"):
            m = _ART.match(b[1])
            if m:
                nums.append(int(m.group(1)))
    if nums and nums != list(range(1, len(nums) + 1)):
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
        if not (2 <= len(d["pieces"]) <= 5):
            problems.append("%s : %d pièces" % (d["id"], len(d["pieces"])))
        for c in d["pos"]:
            if c not in _CATEGORIES:
                problems.append("%s : catégorie inconnue %s" % (d["id"], c))
        for p in d["pieces"]:
            problems.extend(check_articles(d, p))
            n = build_piece(folder, p)
            ext = p["file"].rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
            txt = plain_text(p["final_blocks"])
            if n is not None:
                pages[n] = pages.get(n, 0) + 1
                if not (1 <= n <= 4):
                    problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            elif ext == "docx" and len(txt) > 11000:
                problems.append("%s/%s : DOCX trop long (%d caractères)" % (d["id"], p["file"], len(txt)))
            lab = dict(p["label"])
            for q in lab["evidence"]:
                if q.startswith("["):          # remarque de l'annotateur (calcul), pas une citation
                    continue
                if norm(q) not in txt:
                    problems.append("%s/%s : preuve absente : %r" % (d["id"], p["file"], q))
            ev = " | ".join(norm(q) for q in lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            filled = [c for c in COLUMNS[2:-1] if lab[c] not in (None, 0, "")]
            if filled and not lab["evidence"]:
                problems.append("%s/%s : valeurs sans preuve" % (d["id"], p["file"]))
            if lab["clause_insertion"] == 1 and lab["clause_sociale"] != 1:
                problems.append("%s/%s : clause_insertion sans clause_sociale" % (d["id"], p["file"]))
            if lab["heures_insertion"] is not None and lab["clause_insertion"] != 1:
                problems.append("%s/%s : heures sans clause_insertion" % (d["id"], p["file"]))
            if bool(lab["marche_reserve"]) != bool(lab["reserve_base"]):
                problems.append("%s/%s : marche_reserve / reserve_base incohérents" % (d["id"], p["file"]))
            if lab["nb_lots"] is not None and lab["allotissement"] != 1:
                problems.append("%s/%s : nb_lots sans allotissement" % (d["id"], p["file"]))
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
        v = d["values"]
        if ("clause_insertion" in d["pos"]) != any(p["label"]["clause_insertion"] == 1 for p in d["pieces"]):
            problems.append("%s : clause_insertion incohérente" % d["id"])
        if v["heures_insertion"] is not None and "clause_insertion" not in d["pos"]:
            problems.append("%s : heures sans clause_insertion" % d["id"])
        if bool(v["reserve_base"]) != ("marche_reserve" in d["pos"]):
            problems.append("%s : réservation du dossier incohérente" % d["id"])
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
    head = ("# Jeu scellé extraction-4 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script par une session d'aide\n"
            "# agissant comme annotateur aveugle, sans lecture du moteur).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots ;\n"
            "# en cas de conflit entre pièces, le CCAP, le RC, l'AE ou l'avis priment sur le CCTP (voir note).\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    print("%d dossiers, %d pièces (%s) ; pages PDF : %s" % (
        len(dossiers_yml), len(rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        ", ".join("%d p. x %d" % kv for kv in sorted(pages.items()))))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
