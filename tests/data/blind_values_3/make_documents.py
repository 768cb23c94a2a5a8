#!/usr/bin/env python3
"""Construit les dossiers du jeu blind_values_3 (PDF reportlab, DOCX python-docx, notices .txt).

Déterministe : pas d'aléa, dates figées (PDF invariant, DOCX zip horodaté au 2026-01-01).
Écrit dossiers/<dossier>/<pièce>, dossiers/labels.csv (une ligne par pièce, étiquetée pour la
pièce seule selon LABELS.md) et dossiers.yml (valeurs du dossier entier).
Tous les textes, acheteurs, lieux et nombres sont inventés.

Usage : .venv/bin/python tests/data/blind_values_3/make_documents.py
"""
import csv
import io
import os
import shutil
import sys
import zipfile
import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossiers")
BR = "¦BR¦"          # retour à la ligne forcé (PDF) ; espace ailleurs
NB = "\u00a0"         # espace insécable (chiffres qui ne se coupent pas)

COLUMNS = ["path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion",
           "critere_social", "marche_reserve", "reserve_base", "clause_environnementale",
           "critere_environnemental", "allotissement", "nb_lots", "montant_estime_ht",
           "montant_max_ht", "evidence"]

# ----------------------------------------------------------------------------- blocs
# ("title", [lignes]) ; ("h", texte) ; ("h2", texte) ; ("p", texte) ; ("list", [items]) ;
# ("table", rows, {"lines": bool, "widths": [...], "align": "lrr", "header": True}) ;
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
        elif k == "table":
            for r in b[1]:
                out.append(" ".join(r))
        elif k == "split":
            out.append(b[1] + " " + b[2])
    s = "\n".join(out).replace(BR, " ").replace(NB, " ")
    return s


# ----------------------------------------------------------------------------- PDF
PW, PH = A4
ML, MR, MT, MB = 64, 60, 80, 72
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 14.4
TFS, TLEAD = 9.4, 12.2


def wrap(text, font, size, width, hyphen=False):
    lines = []
    for part in text.replace(BR, "\n").split("\n"):
        words = part.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            if hyphen and cur and len(w) >= 9 and w.isalpha():
                done = False
                for k in range(len(w) - 3, 3, -1):
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


class PdfLayout:
    def __init__(self, header, footer, hyphen=False):
        self.header, self.footer, self.hyphen = header, footer, hyphen
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PH - MT

    def need(self, h):
        if self.y - h < MB:
            self.new_page()

    def text(self, x, s, font=FONT, size=FS):
        self.ops.append(("text", x, self.y, font, size, s))

    def add_lines(self, lines, font=FONT, size=FS, lead=LEAD, x=ML):
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.text(x, ln, font, size)

    def block(self, b):
        width = PW - ML - MR
        k = b[0]
        if k == "title":
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
        elif k in ("h", "h2"):
            size = 11.5 if k == "h" else 10.5
            self.need(LEAD * 3)
            self.y -= 8
            self.add_lines(wrap(b[1], BOLD, size, width), BOLD, size)
            self.y -= 3
        elif k == "p":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.y -= 5
        elif k == "list":
            for it in b[1]:
                ls = wrap(it, FONT, FS, width - 16, self.hyphen)
                self.need(LEAD)
                self.y -= LEAD
                self.text(ML + 4, "-")
                self.text(ML + 16, ls[0])
                self.add_lines(ls[1:], x=ML + 16)
            self.y -= 5
        elif k == "split":
            self.add_lines(wrap(b[1], FONT, FS, width, self.hyphen))
            self.new_page()
            self.add_lines(wrap(b[2], FONT, FS, width, self.hyphen))
            self.y -= 5
        elif k == "pagebreak":
            self.new_page()
        elif k == "table":
            self.table(b[1], b[2] if len(b) > 2 else {})
        else:
            raise ValueError(k)

    def table(self, rows, opt):
        width = PW - ML - MR
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
                self.new_page()
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
        x = ML
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


def build_pdf(path, header, footer, blocks, hyphen=False, title=""):
    lay = PdfLayout(header, footer, hyphen)
    for b in blocks:
        lay.block(b)
    pages = [p for p in lay.pages if p]
    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("clausecheck blind_values_3")
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
                    if i == 0 and opt.get("header", True):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(k)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = "clausecheck blind_values_3"
    cp.last_modified_by = "clausecheck blind_values_3"
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
            out.append(b[1].replace(BR, " "))
        elif k == "list":
            out.extend("- " + i for i in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(r))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).replace(NB, " ") + "\n")


# ----------------------------------------------------------------------------- articles neutres
# Articles sans valeur à extraire ni catégorie (ils servent à donner aux pièces leur longueur).
CCAG = {"services": "CCAG applicable aux marchés publics de fournitures courantes et de services (CCAG-FCS), version 2021",
        "fournitures": "CCAG applicable aux marchés publics de fournitures courantes et de services (CCAG-FCS), version 2021",
        "travaux": "CCAG applicable aux marchés publics de travaux (CCAG-Travaux), version 2021",
        "moe": "CCAG applicable aux marchés publics de maîtrise d'œuvre (CCAG-MOE), version 2021",
        "tic": "CCAG applicable aux marchés publics de techniques de l'information et de la communication (CCAG-TIC), version 2021"}


def bp(key, ctx):
    b = ctx["buyer"]
    t = ctx.get("tribunal", "Sarnes")
    nat = ctx.get("nature", "services")
    A = {
        "pieces": [("h", "Pièces constitutives du marché"),
                   ("p", "Les pièces contractuelles du marché sont, par ordre de priorité décroissante : l'acte d'engagement et ses annexes ; le présent cahier des clauses administratives particulières ; le cahier des clauses techniques particulières et ses annexes ; le " + CCAG[nat] + " ; l'offre technique du titulaire. En cas de contradiction entre les stipulations des pièces, elles prévalent dans cet ordre.")],
        "paiement": [("h", "Modalités de paiement"),
                     ("p", "Les sommes dues au titulaire sont payées par virement dans un délai global de trente jours à compter de la réception de la demande de paiement. Le dépassement de ce délai ouvre de plein droit au titulaire le bénéfice d'intérêts moratoires calculés au taux de la Banque centrale européenne majoré de huit points, ainsi qu'une indemnité forfaitaire de quarante euros pour frais de recouvrement."),
                     ("p", "Les demandes de paiement sont déposées sur le portail Chorus Pro. Elles mentionnent la référence du marché, le numéro du bon de commande ou de la situation, la date d'exécution des prestations et le montant hors taxes et toutes taxes comprises.")],
        "avance": [("h", "Avance"),
                   ("p", "Une avance est versée au titulaire lorsque le montant initial du marché ou de la tranche est supérieur à 50 000 € HT et que le délai d'exécution est supérieur à deux mois, dans les conditions prévues aux articles R. 2191-3 et suivants du code de la commande publique. Le titulaire peut y renoncer dans l'acte d'engagement.")],
        "penalites": [("h", "Pénalités"),
                      ("p", "En cas de retard dans l'exécution, le titulaire encourt, sans mise en demeure préalable, une pénalité journalière égale à 1/1000 du montant hors taxes de la commande ou de la partie des prestations en retard. Le montant cumulé des pénalités de retard est plafonné à 10 % du montant hors taxes du marché. Par dérogation au CCAG, le titulaire n'est pas exonéré des pénalités dont le montant total ne dépasse pas 1 000 € HT.")],
        "assurances": [("h", "Assurances"),
                       ("p", "Le titulaire justifie, dans un délai de quinze jours à compter de la notification du marché et avant tout commencement d'exécution, qu'il est titulaire d'une assurance couvrant les responsabilités découlant des principes dont s'inspirent les articles 1240 à 1242 du code civil. L'attestation précise l'étendue des garanties et les montants assurés.")],
        "resiliation": [("h", "Résiliation"),
                        ("p", "Les stipulations du CCAG relatives à la résiliation s'appliquent. En cas de résiliation pour faute du titulaire, l'acheteur peut faire exécuter les prestations par un tiers aux frais et risques du titulaire. Aucune indemnité n'est due en cas de résiliation pour motif d'intérêt général lorsque les prestations n'ont pas commencé.")],
        "litiges": [("h", "Règlement des différends"),
                    ("p", "Le tribunal administratif de " + t + " est compétent pour connaître des litiges nés de l'exécution du présent marché. Avant toute saisine, les parties recherchent une solution amiable ; elles peuvent saisir le comité consultatif interrégional de règlement amiable des différends ou litiges relatifs aux marchés publics.")],
        "soustraitance": [("h", "Sous-traitance"),
                          ("p", "Le titulaire peut sous-traiter l'exécution de certaines parties du marché, sous réserve de l'acceptation du sous-traitant et de l'agrément de ses conditions de paiement par l'acheteur. Le sous-traitant direct dont la part est égale ou supérieure à 600 € TTC est payé directement. La demande d'acceptation comporte les renseignements mentionnés à l'article R. 2193-1 du code de la commande publique.")],
        "prix": [("h", "Forme et révision des prix"),
                 ("p", "Les prix sont réputés établis aux conditions économiques du mois précédant la date limite de remise des offres (mois zéro). Ils sont révisables annuellement par application de la formule P = P0 × (0,125 + 0,875 × I/I0), dans laquelle I0 est la valeur de l'indice de référence au mois zéro et I la valeur du même indice au mois de la révision. La révision n'est pas applicable aux prestations exécutées dans les trois premiers mois.")],
        "confidentialite": [("h", "Confidentialité et sécurité"),
                            ("p", "Le titulaire et son personnel sont tenus au secret professionnel pour tous les faits, informations et documents dont ils ont connaissance au cours de l'exécution du marché. Le titulaire respecte le règlement intérieur et les consignes de sécurité des sites de " + b + " ; il remet la liste nominative des intervenants avant le début des prestations.")],
        "verifications": [("h", "Vérifications et admission"),
                          ("p", "Les opérations de vérification quantitative et qualitative sont effectuées à la livraison ou à l'achèvement de chaque prestation. L'acheteur dispose d'un délai de quinze jours pour notifier sa décision d'admission, d'ajournement, de réfaction ou de rejet. À défaut de décision dans ce délai, les prestations sont réputées admises.")],
        "candidature": [("h", "Contenu du dossier de candidature"),
                        ("p", "Chaque candidat produit une lettre de candidature (formulaire DC1 ou équivalent) et une déclaration du candidat (formulaire DC2 ou équivalent), ou un document unique de marché européen. Il joint la déclaration sur l'honneur qu'il n'entre dans aucun des cas d'exclusion prévus par le code de la commande publique, une présentation de ses moyens humains et matériels et une liste de références de moins de trois ans."),
                        ("p", "Les documents établis dans une autre langue que le français sont accompagnés d'une traduction en français. Le candidat peut renvoyer aux documents disponibles gratuitement en ligne en indiquant leur adresse.")],
        "remise": [("h", "Conditions de remise des offres"),
                   ("p", "Les plis sont remis par voie électronique sur le profil d'acheteur de " + b + " avant la date et l'heure limites indiquées dans l'avis d'appel public à la concurrence. Les plis parvenus après ces date et heure ne sont pas ouverts. Le candidat peut transmettre une copie de sauvegarde sur support physique ou papier dans les délais impartis.")],
        "variantes": [("h", "Variantes"),
                      ("p", "Les variantes à l'initiative des candidats ne sont pas autorisées. Le candidat répond obligatoirement à la solution de base décrite dans le dossier de consultation.")],
        "validite": [("h", "Délai de validité des offres"),
                     ("p", "Le délai de validité des offres est fixé à cent vingt jours à compter de la date limite de remise des offres.")],
        "negociation": [("h", "Négociation"),
                        ("p", "L'acheteur se réserve la possibilité de négocier avec les trois candidats ayant remis les offres les mieux classées au regard des critères d'attribution. Il peut également attribuer le marché sur la base des offres initiales, sans négociation. La négociation peut porter sur tous les éléments de l'offre, notamment sur le prix.")],
        "questions": [("h", "Renseignements complémentaires"),
                      ("p", "Les candidats peuvent poser leurs questions par écrit, sur le profil d'acheteur, au plus tard dix jours avant la date limite de remise des offres. Une réponse est adressée à tous les candidats ayant retiré le dossier six jours au plus tard avant cette date.")],
        "offre": [("h", "Contenu de l'offre"),
                  ("p", "L'offre comprend l'acte d'engagement complété, le bordereau des prix ou la décomposition du prix global, ainsi qu'un mémoire technique présentant l'organisation proposée, les moyens affectés, le planning prévisionnel et les procédures de contrôle de la qualité. Le mémoire technique ne dépasse pas vingt pages.")],
        "garantie": [("h", "Retenue de garantie"),
                     ("p", "Une retenue de garantie de 5 % du montant initial du marché, augmenté le cas échéant du montant des modifications, est prélevée sur les acomptes. Elle peut être remplacée par une garantie à première demande ou, si les deux parties en sont d'accord, par une caution personnelle et solidaire.")],
        "reception": [("h", "Réception"),
                      ("p", "La réception a lieu à l'achèvement de l'ensemble des travaux. Le maître d'œuvre procède, en présence du titulaire convoqué, aux opérations préalables à la réception ; le procès-verbal est transmis au maître d'ouvrage dans les cinq jours. Les réserves éventuelles sont levées dans le délai fixé par la décision de réception.")],
        "delais_travaux": [("h", "Délais d'exécution"),
                           ("p", "Le délai d'exécution propre à chaque lot est fixé dans le calendrier détaillé d'exécution établi par l'ordonnancement, le pilotage et la coordination pendant la période de préparation. La période de préparation est de deux mois ; elle n'est pas comprise dans le délai d'exécution. Les intempéries sont constatées au vu des relevés de la station météorologique la plus proche.")],
        "generalites_cctp": [("h", "Généralités"),
                             ("p", "Le présent cahier des clauses techniques particulières définit la consistance des prestations, les conditions de leur exécution et les exigences de qualité attendues. Le titulaire est réputé avoir pris connaissance des lieux et de toutes les contraintes d'accès avant la remise de son offre ; aucune réclamation fondée sur une méconnaissance des lieux n'est recevable.")],
        "normes": [("h", "Normes et réglementation"),
                   ("p", "Les prestations sont exécutées conformément aux normes françaises et européennes en vigueur à la date de remise des offres, aux documents techniques unifiés applicables et aux règles de l'art. Le titulaire signale par écrit toute contradiction entre les pièces du marché et une norme applicable.")],
        "rapports": [("h", "Comptes rendus d'exécution"),
                     ("p", "Le titulaire tient un registre des interventions indiquant pour chacune la date, le site, la nature de l'intervention, les personnels présents et les anomalies constatées. Une réunion de suivi se tient chaque trimestre ; le titulaire y présente un tableau de bord dont le modèle est arrêté à la réunion de lancement.")],
        "identification": [("h", "Identification de l'acheteur"),
                           ("p", "Pouvoir adjudicateur : " + b + ". Personne habilitée à donner les renseignements prévus à l'article R. 2191-59 du code de la commande publique : le comptable public assignataire. Ordonnateur : le représentant légal de l'acheteur.")],
        "contractant": [("h", "Identification du contractant"),
                        ("p", "Nom, prénom et qualité du signataire : ...................................................."),
                        ("p", "Raison sociale et adresse de l'entreprise : ........................................................"),
                        ("p", "Numéro SIRET : ........................  Code APE : ..........  Adresse électronique : .................................")],
        "compte": [("h", "Compte à créditer"),
                   ("p", "Le titulaire joint un relevé d'identité bancaire. Nom de l'établissement : .......................... IBAN : ............................................ BIC : ..................")],
        "signature": [("h", "Signature"),
                      ("p", "Le signataire affirme, sous peine de résiliation du marché à ses torts exclusifs, que la société pour laquelle il intervient ne tombe pas sous le coup des interdictions de soumissionner. Fait à ...................., le ..................  Signature électronique du représentant habilité."),
                      ("p", "Décision de l'acheteur : la présente offre est acceptée. Fait à ...................., le ..................")],
    }
    return A[key]


def with_bp(ctx, keys):
    out = []
    for k in keys:
        out.extend(bp(k, ctx))
    return out


# ----------------------------------------------------------------------------- étiquettes
def L(cs=0, ci=0, h=None, csoc=0, res=0, base=None, env=0, cenv=0, allot=None, nb=None,
      est=None, mx=None, ev=()):
    return dict(clause_sociale=cs, clause_insertion=ci, heures_insertion=h, critere_social=csoc,
                marche_reserve=res, reserve_base=base, clause_environnementale=env,
                critere_environnemental=cenv, allotissement=allot, nb_lots=nb,
                montant_estime_ht=est, montant_max_ht=mx, evidence=list(ev))


def piece(file, doc_type, header, footer, blocks, label, hyphen=False):
    return dict(file=file, doc_type=doc_type, header=header, footer=footer, blocks=blocks,
                label=label, hyphen=hyphen)


DOSSIERS = []


def dossier(f):
    DOSSIERS.append(f)
    return f


# ============================================================================= D01
@dossier
def d01():
    b = "Communauté de communes du Val de Sarne"
    ctx = dict(buyer=b, tribunal="Sarnes", nature="services")
    ref = "Accord-cadre n° 2027-EV-04"
    obj = "Entretien des espaces verts communautaires"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Appel d'offres ouvert"]),
          ("h", "Article 1 – Objet de la consultation"),
          ("p", "La présente consultation porte sur l'entretien des espaces verts des zones d'activités, des déchetteries et des équipements sportifs communautaires. Il s'agit d'un accord-cadre à bons de commande, mono-attributaire pour chaque lot, passé selon la procédure de l'appel d'offres ouvert en application des articles R. 2124-2 et R. 2161-2 du code de la commande publique."),
          ("h", "Article 2 – Allotissement et réservation"),
          ("p", "Les prestations sont réparties en deux lots, attribués séparément :"),
          ("list", ["Lot 1 – Tonte, fauchage et ramassage des feuilles ;",
                    "Lot 2 – Taille des haies, débroussaillage et entretien des massifs."]),
          ("p", "Le lot 2 est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail, en application de l'article L. 2113-12 du code de la commande publique. Le lot 1 est ouvert à tous les opérateurs économiques."),
          ("h", "Article 3 – Durée et montants"),
          ("p", "L'accord-cadre est conclu pour une période initiale de douze mois. Il est reconductible trois fois par période de douze mois. Le montant maximum total de l'accord-cadre, toutes périodes et tous lots confondus, est de 480 000 € HT. Les montants minimum et maximum annuels de chaque lot sont fixés à l'article 4 du CCAP."),
          ("h", "Article 4 – Clause sociale d'insertion"),
          ("p", "Le lot 1 comporte une clause sociale d'insertion d'un volume de 1 200 heures sur la durée maximale de l'accord-cadre, dont les modalités figurent à l'article 9 du CCAP. Le titulaire peut s'appuyer sur le facilitateur de la Maison de l'emploi du Val de Sarne."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "validite"]) + [
          ("h", "Article 10 – Jugement des offres"),
          ("p", "Les offres sont jugées lot par lot sur la base des critères pondérés suivants :"),
          ("table", [["Critère", "Pondération"],
                     ["Prix des prestations, apprécié sur le détail quantitatif estimatif", "60 %"],
                     ["Valeur technique, appréciée au vu du mémoire technique", "30 %"],
                     ["Performance en matière d'insertion professionnelle des publics en difficulté (lot 1 ; pour le lot 2, ces points sont reportés sur la valeur technique)", "10 %"]],
           {"lines": False, "widths": [5, 1], "align": "lr"}),
          ] + with_bp(ctx, ["questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet et allotissement"),
            ("p", "Le présent accord-cadre à bons de commande a pour objet l'entretien des espaces verts communautaires. Il est composé de deux lots : lot 1 (tonte, fauchage et ramassage des feuilles) et lot 2 (taille des haies, débroussaillage et entretien des massifs). Le lot 2 est réservé en application de l'article L. 2113-12 du code de la commande publique ; son titulaire justifie pendant toute l'exécution de sa qualité d'entreprise adaptée ou d'ESAT."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre est conclu pour une période initiale de douze mois à compter du 1er avril 2027. Il est reconduit tacitement par périodes de douze mois, dans la limite de trois reconductions. Le refus de reconduction est notifié au titulaire deux mois au moins avant la fin de la période en cours."),
            ("h", "Article 4 – Montants minimum et maximum"),
            ("table", [["Lot", "Montant minimum annuel HT", "Montant maximum annuel HT"],
                       ["Lot 1 – Tonte, fauchage", "20 000 €", "75 000 €"],
                       ["Lot 2 – Taille, débroussaillage", "10 000 €", "45 000 €"]],
             {"lines": True, "widths": [3, 2, 2], "align": "lrr"}),
            ("p", "Ces montants s'appliquent à chaque période annuelle d'exécution, y compris en cas de reconduction."),
            ] + with_bp(ctx, ["prix", "paiement"]) + [
            ("h", "Article 8 – Protection de l'environnement"),
            ("p", "Le titulaire n'utilise aucun produit phytosanitaire de synthèse. Les déchets verts sont acheminés vers la plateforme de compostage communautaire ; leur brûlage est interdit. Le titulaire emploie, pour les interventions en zone habitée, des matériels à batterie dont le niveau sonore est inférieur à 85 dB(A)."),
            ("h", "Article 9 – Clause sociale d'insertion (lot 1)"),
            ("p", "Le titulaire du lot 1 réserve à des personnes éloignées de l'emploi un volume de 300 heures de travail par période annuelle d'exécution. Les personnes sont validées par le facilitateur de la Maison de l'emploi du Val de Sarne, qui accompagne le titulaire dans le choix des modalités : embauche directe, mise à disposition par une structure d'insertion ou sous-traitance."),
            ("p", "En cas de non-réalisation des heures prévues, le titulaire encourt une pénalité de 60 € HT par heure non réalisée, sauf si le manquement ne lui est pas imputable."),
            ] + with_bp(ctx, ["penalites", "resiliation", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref + " – Lot n° 1 : Tonte, fauchage et ramassage des feuilles"]),
          ("p", "L'accord-cadre comporte deux lots. Le présent acte d'engagement concerne le lot n° 1."),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Montants et durée"),
          ("table", [["Montant minimum annuel", "Montant maximum annuel"],
                     ["20 000 € HT", "75 000 € HT"]], {"lines": True}),
          ("p", "Durée : douze mois à compter du 1er avril 2027, reconductible trois fois par période de douze mois (article 3 du CCAP). Les prix sont ceux du bordereau des prix unitaires annexé."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d01_val_de_sarne_espaces_verts", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – " + obj, rc,
                  L(cs=1, ci=1, h=1200, csoc=1, res=1, base="L2113-12", allot=1, nb=2, mx=480000,
                    ev=["Le lot 2 est réservé aux entreprises adaptées", "article L. 2113-12",
                        "réparties en deux lots",
                        "toutes périodes et tous lots confondus, est de 480 000 € HT",
                        "clause sociale d'insertion d'un volume de 1 200 heures",
                        "Performance en matière d'insertion professionnelle des publics en difficulté"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – " + obj, ccap,
                  L(cs=1, ci=1, h=1200, res=1, base="L2113-12", env=1, allot=1, nb=2, mx=480000,
                    ev=["un volume de 300 heures de travail par période annuelle d'exécution",
                        "dans la limite de trois reconductions", "75 000 €", "45 000 €",
                        "Le lot 2 est réservé en application de l'article L. 2113-12",
                        "aucun produit phytosanitaire de synthèse", "Il est composé de deux lots"]),
                  hyphen=True),
            piece("AE_lot1.docx", "AE", H, "AE lot 1 – " + obj, ae,
                  L(allot=1, nb=2, mx=300000,
                    ev=["L'accord-cadre comporte deux lots", "75 000 € HT", "reconductible trois fois"])),
        ],
        values=dict(heures_insertion=1200, montant_estime_ht=None, montant_max_ht=480000,
                    reserve_base="L2113-12", allotissement=1, nb_lots=2),
        pos=["clause_sociale", "clause_insertion", "critere_social", "marche_reserve", "clause_environnementale"],
        note="Maximum : total RC 480 000 = (75 000 + 45 000) × 4 périodes (CCAP, tableau sans total). Heures : 1 200 au RC = 300/an × 4 au CCAP, comptées une fois. AE lot 1 : 75 000 × 4 = 300 000 (valeur du lot seul). Lot 2 réservé L2113-12.")


# ============================================================================= D02
@dossier
def d02():
    b = "Ville de Montbrac"
    ctx = dict(buyer=b, tribunal="Aurigny", nature="travaux")
    ref = "Marché de travaux n° 27-GS-01"
    obj = "Réhabilitation du groupe scolaire Les Tilleuls"
    lots = [["Lot", "Intitulé"], ["01", "Gros œuvre – démolition"], ["02", "Charpente – couverture"],
            ["03", "Menuiseries extérieures"], ["04", "Plâtrerie – isolation"], ["05", "Électricité"],
            ["06", "Peinture – sols souples"]]
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Procédure adaptée"]),
          ("h", "1. Objet et étendue de la consultation"),
          ("p", "La consultation porte sur la réhabilitation thermique et fonctionnelle du groupe scolaire Les Tilleuls, en site occupé pendant les périodes scolaires. Elle est passée selon une procédure adaptée en application de l'article R. 2123-1 du code de la commande publique."),
          ("h", "2. Décomposition en lots"),
          ("p", "Les travaux sont répartis en six lots, traités par marchés séparés :"),
          ("table", lots, {"lines": True, "widths": [1, 5]}),
          ("p", "Le montant prévisionnel des travaux, tous lots confondus, est de 2 140 000 € HT."),
          ("h", "3. Clause sociale d'insertion"),
          ("p", "Les lots 01, 02 et 04 comportent une clause d'insertion. Le volume total est de 1 610 heures de travail, réparti par lot à l'article 9 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "negociation"]) + [
          ("h", "8. Critères de jugement des offres"),
          ("p", "Prix des travaux : 60 %. Valeur technique : 40 %, décomposée en méthodologie et planning (25 points), moyens humains et matériels affectés au chantier (10 points) et mesures prises pour limiter et trier les déchets de chantier (5 points)."),
          ] + with_bp(ctx, ["validite", "questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref + " – Commun à tous les lots"]),
            ("h", "Article 1 – Objet et décomposition"),
            ("p", "Les travaux de réhabilitation du groupe scolaire Les Tilleuls sont répartis en six lots, chacun faisant l'objet d'un marché distinct. Le présent CCAP est commun aux six lots."),
            ] + with_bp(ctx, ["pieces", "delais_travaux", "prix", "avance", "garantie"]) + [
            ("h", "Article 9 – Clause sociale d'insertion"),
            ("p", "En application de l'article L. 2112-2 du code de la commande publique, les titulaires des lots désignés ci-dessous réservent une partie des heures de travail générées par le marché à des personnes rencontrant des difficultés sociales ou professionnelles particulières."),
            ("table", [["Lot", "Heures d'insertion"], ["01 – Gros œuvre – démolition", "980"],
                       ["02 – Charpente – couverture", "350"], ["03 – Menuiseries extérieures", "–"],
                       ["04 – Plâtrerie – isolation", "280"], ["05 – Électricité", "–"],
                       ["06 – Peinture – sols souples", "–"]],
             {"lines": True, "widths": [4, 2], "align": "lr"}),
            ("split", "Le volume global, tous lots confondus, s'établit à 1 610",
             "heures de travail. Chaque compagnon reçoit à son arrivée sur le chantier un accueil sécurité de 7 heures, qui n'est pas décompté au titre de l'insertion."),
            ("h", "Article 10 – Chantier à faibles nuisances"),
            ("p", "Les entreprises trient les déchets de chantier en cinq flux au moins (bois, métaux, inertes, plâtre, déchets non dangereux en mélange) et remettent les bordereaux de suivi au maître d'œuvre. Les travaux bruyants sont interdits pendant les heures de classe."),
            ] + with_bp(ctx, ["penalites", "reception", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref + " – Lot n° 04 : Plâtrerie – isolation"]),
          ("p", "Le marché de réhabilitation est décomposé en six lots ; le présent acte d'engagement concerne le lot n° 04 (lot 4 sur 6)."),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Prix"),
          ("p", "Montant de l'offre pour le lot 04 : ...................... € HT, soit ...................... € TTC (TVA au taux de 10 %)."),
          ("h", "Engagement d'insertion"),
          ("p", "Le titulaire s'engage à réaliser les 280 heures d'insertion fixées pour le lot 04 à l'article 9 du CCAP, selon la modalité qu'il aura choisie avec le facilitateur."),
          ("h", "Délai"),
          ("p", "Le délai d'exécution du lot est fixé au calendrier détaillé d'exécution ; il court à compter de l'ordre de service de démarrage des travaux du lot."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d02_montbrac_groupe_scolaire", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – " + obj, rc,
                  L(cs=1, ci=1, h=1610, cenv=1, allot=1, nb=6, est=2140000,
                    ev=["répartis en six lots", "Le montant prévisionnel des travaux, tous lots confondus, est de 2 140 000 € HT",
                        "Le volume total est de 1 610 heures de travail",
                        "mesures prises pour limiter et trier les déchets de chantier (5 points)"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – " + obj, ccap,
                  L(cs=1, ci=1, h=1610, env=1, allot=1, nb=6,
                    ev=["s'établit à 1 610 heures de travail", "répartis en six lots",
                        "trient les déchets de chantier en cinq flux"])),
            piece("AE_lot04.pdf", "AE", H, "AE lot 04 – " + obj, ae,
                  L(cs=1, ci=1, h=280, allot=1, nb=6,
                    ev=["Le titulaire s'engage à réaliser les 280 heures d'insertion", "décomposé en six lots"])),
        ],
        values=dict(heures_insertion=1610, montant_estime_ht=2140000, montant_max_ht=None,
                    reserve_base=None, allotissement=1, nb_lots=6),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        note="Heures : 980 + 350 + 280 = 1 610, annoncées au RC et détaillées au CCAP (dont la phrase totale est coupée par un saut de page) : comptées une fois ; l'accueil sécurité de 7 heures n'est pas de l'insertion ; AE lot 04 = 280. Estimation : enveloppe des travaux d'un marché de travaux, 2 140 000 € HT.")


# ============================================================================= D03
@dossier
def d03():
    b = "Syndicat intercommunal des eaux de la Lièvre"
    ctx = dict(buyer=b, tribunal="Vénasque-sur-Lièvre", nature="fournitures")
    ref = "Accord-cadre n° SIEL-2027-03"
    obj = "Fourniture de compteurs d'eau froide et de modules de radio-relève"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "Article 1 – Objet"),
          ("p", "La consultation a pour objet la fourniture de compteurs d'eau froide de diamètres DN15 à DN40 et de modules de radio-relève compatibles avec le système de télérelève du syndicat. Il s'agit d'un accord-cadre à bons de commande mono-attributaire conclu pour une durée de trois ans."),
          ("h", "Article 2 – Allotissement"),
          ("p", "La consultation ne fait pas l'objet d'un allotissement : les compteurs et les modules de radio-relève doivent être parfaitement compatibles entre eux et garantis par un même fournisseur ; leur dévolution en lots séparés rendrait l'exécution techniquement plus difficile (article L. 2113-11 du code de la commande publique)."),
          ("h", "Article 3 – Montants"),
          ("p", "Les montants minimum et maximum de l'accord-cadre, pour chaque année d'exécution, sont fixés à l'article 5 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "Article 8 – Jugement des offres"),
          ("table", [["Critère", "Pondération"], ["Prix (sur le détail quantitatif estimatif)", "60"],
                     ["Valeur technique (métrologie, garantie, délais de livraison)", "30"],
                     ["Performance environnementale (part de matière recyclable des compteurs, modalités de reprise des compteurs déposés)", "10"]],
           {"lines": False, "widths": [5, 1], "align": "lr"}),
          ] + with_bp(ctx, ["questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet"),
            ("p", "Le présent accord-cadre porte sur la fourniture de compteurs d'eau froide et de modules de radio-relève. Le marché n'est pas alloti."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre est conclu pour une durée ferme de trois ans à compter de sa notification. Il n'est pas reconductible."),
            ("h", "Article 5 – Montants"),
            ("p", "Les montants minimum et maximum sont fixés par année d'exécution :"),
            ("table", [["Période", "Minimum HT", "Maximum HT", "Maximum TTC"],
                       ["Année 1", "30 000 €", "150 000 €", "180 000 €"],
                       ["Année 2", "25 000 €", "120 000 €", "144 000 €"],
                       ["Année 3", "25 000 €", "120 000 €", "144 000 €"]],
             {"lines": True, "widths": [2, 2, 2, 2], "align": "lrrr"}),
            ("p", "Tout bon de commande d'un montant supérieur à 40 000 € HT fait l'objet d'un calendrier de livraison arrêté avec le titulaire."),
            ] + with_bp(ctx, ["prix", "verifications", "paiement"]) + [
            ("h", "Article 9 – Reprise des compteurs déposés"),
            ("p", "Le titulaire reprend sans frais les compteurs déposés par les agents du syndicat et en assure le recyclage par une filière agréée ; il remet chaque année un certificat de traitement indiquant les tonnages recyclés."),
            ] + with_bp(ctx, ["penalites", "litiges"])
    cctp = [("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["generalites_cctp"]) + [
            ("h", "Lot technique A – Compteurs DN15 et DN20"),
            ("p", "Compteurs volumétriques à piston rotatif, classe métrologique R160 au minimum, pression nominale 16 bar, totalisateur à rouleaux sous capsule étanche, pré-équipés pour le module de radio-relève."),
            ("table", [["Diamètre", "Débit permanent Q3", "Longueur"], ["DN15", "2,5 m³/h", "110 mm"], ["DN20", "4 m³/h", "130 mm"]], {"lines": True}),
            ("h", "Lot technique B – Compteurs DN30 et DN40"),
            ("p", "Compteurs à jet unique ou multiple, classe métrologique R100 au minimum, raccordement à brides ou filetés selon le bordereau des prix."),
            ("h", "Lot technique C – Modules de radio-relève"),
            ("p", "Modules radio fonctionnant sur la fréquence 868 MHz, autonomie de batterie d'au moins douze ans, détection des fuites, des retours d'eau et des tentatives de fraude magnétique."),
            ] + with_bp(ctx, ["normes", "rapports"])
    H = b + " – " + ref
    return dict(
        id="d03_eaux_lievre_compteurs", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – compteurs d'eau", rc,
                  L(cenv=1, allot=0,
                    ev=["La consultation ne fait pas l'objet d'un allotissement",
                        "Performance environnementale (part de matière recyclable des compteurs"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – compteurs d'eau", ccap,
                  L(env=1, allot=0, mx=390000,
                    ev=["Le marché n'est pas alloti", "150 000 €", "120 000 €",
                        "durée ferme de trois ans", "en assure le recyclage par une filière agréée"])),
            piece("CCTP.docx", "CCTP", H, "CCTP – compteurs d'eau", cctp, L()),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=None, montant_max_ht=390000,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_environnementale", "critere_environnemental"],
        note="Maximum par année différent, colonnes HT et TTC, sans ligne total : 150 000 + 120 000 + 120 000 = 390 000 € HT (pas 468 000 TTC). Le plafond de 40 000 par bon n'est pas le maximum. Le CCTP parle de « lots techniques » A/B/C : pièce muette sur l'allotissement (vide) ; le dossier est non alloti (0).")


# ============================================================================= D04
@dossier
def d04():
    b = "Centre hospitalier de Ferrières-sur-Orbe"
    ctx = dict(buyer=b, tribunal="Orbec-la-Vieille", nature="services")
    ref = "Accord-cadre n° CHF-2027-011"
    obj = "Traitement et location-entretien du linge"
    avis = [("title", ["AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Services – " + obj, b]),
            ("h", "Section I : Pouvoir adjudicateur"),
            ("p", "I.1) Nom et adresses : " + b + ", direction des achats, 4 rue des Tanneurs, Ferrières-sur-Orbe."),
            ("h", "Section II : Objet"),
            ("p", "II.1.1) Intitulé : " + obj + " pour les services de soins et l'EHPAD."),
            ("p", "II.1.3) Type de marché : Services"),
            ("p", "II.1.5) Valeur totale estimée : Valeur hors TVA : 960 000,00 EUR"),
            ("p", "II.1.6) Information sur les lots : Ce marché est divisé en lots : non"),
            ("p", "II.2.7) Durée du marché : 48 mois. Ce marché peut faire l'objet d'une reconduction : oui. Description : un an reconductible trois fois."),
            ("h", "Section III : Renseignements d'ordre juridique"),
            ("p", "III.1.5) Informations sur les marchés réservés :"),
            ("p", "[X] Le marché est réservé à des ateliers protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées"),
            ("h", "Section VI : Renseignements complémentaires"),
            ("p", "VI.3) Informations complémentaires : Marché réservé aux structures d'insertion par l'activité économique, en application de l'article L. 2113-13 du code de la commande publique. Le montant maximum de l'accord-cadre est de 1,2 M€ HT sur sa durée totale."),
            ("p", "VI.4.1) Instance chargée des procédures de recours : tribunal administratif d'Orbec-la-Vieille."),
            ]
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet"),
          ("p", "La consultation porte sur le traitement du linge plat et des tenues professionnelles du centre hospitalier, ainsi que sur la location-entretien des tenues des agents de l'EHPAD. Il n'est pas prévu de décomposition en lots : le circuit du linge (collecte, traitement, livraison) constitue une prestation unique."),
          ("h", "2. Marché réservé"),
          ("p", "Le marché est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13 du code de la commande publique, ainsi qu'aux structures équivalentes. Le candidat justifie de son conventionnement."),
          ("h", "3. Durée et montant"),
          ("p", "L'accord-cadre à bons de commande est conclu pour un an à compter du 1er janvier 2028 ; il est reconductible trois fois par période d'un an. Le montant maximum annuel est de 300 000 € HT."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Critères d'attribution"),
          ("p", "Prix : 50 %. Valeur technique : 40 %. Délai d'intervention en cas de rupture d'approvisionnement : 10 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet et caractère réservé"),
            ("p", "Le présent accord-cadre porte sur le traitement et la location-entretien du linge. Le marché étant réservé en application de l'article L. 2113-13 du code de la commande publique, le titulaire maintient sa qualité de structure d'insertion par l'activité économique pendant toute la durée d'exécution."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Montants"),
            ("p", "Les montants minimum et maximum de chaque période figurent à l'acte d'engagement."),
            ("h", "Article 6 – Conditions d'exécution environnementales"),
            ("p", "Le titulaire utilise des lessives et produits porteurs de l'Écolabel européen ou d'un label équivalent, dose les produits par un système automatique et réduit d'au moins 20 % sa consommation d'eau par kilogramme de linge traité par rapport à la première année ; il en rend compte chaque année."),
            ] + with_bp(ctx, ["prix", "verifications", "paiement", "penalites", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d04_ferrieres_blanchisserie", title=obj,
        pieces=[
            piece("AVIS.txt", "AVIS", H, "", avis,
                  L(res=1, base="L2113-13", allot=0, est=960000, mx=1200000,
                    ev=["Marché réservé aux structures d'insertion par l'activité économique, en application de l'article L. 2113-13",
                        "Valeur hors TVA : 960 000,00 EUR", "Ce marché est divisé en lots : non",
                        "Le montant maximum de l'accord-cadre est de 1,2 M€ HT sur sa durée totale"])),
            piece("RC.docx", "RC", H, "RC – linge", rc,
                  L(res=1, base="L2113-13", allot=0, mx=1200000,
                    ev=["Le marché est réservé aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13",
                        "Il n'est pas prévu de décomposition en lots", "Le montant maximum annuel est de 300 000 € HT",
                        "reconductible trois fois par période d'un an"])),
            piece("CCAP.docx", "CCAP", H, "CCAP – linge", ccap,
                  L(res=1, base="L2113-13", env=1,
                    ev=["Le marché étant réservé en application de l'article L. 2113-13",
                        "lessives et produits porteurs de l'Écolabel européen"])),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=960000, montant_max_ht=1200000,
                    reserve_base="L2113-13", allotissement=0, nb_lots=None),
        pos=["marche_reserve", "clause_environnementale"],
        note="Notice : case « ateliers protégés » cochée mais l'article cité (L2113-13, SIAE) prévaut → L2113-13. Maximum : 1,2 M€ (avis) = 300 000 × 4 (RC). Estimation 960 000 (avis). Un marché réservé n'est pas une clause sociale.")


# ============================================================================= D05
@dossier
def d05():
    b = "Département de la Haute-Varenne"
    ctx = dict(buyer=b, tribunal="Varennes-le-Comtal", nature="services")
    ref = "Accord-cadre n° HV-TA-2027"
    obj = "Transport adapté des élèves et étudiants en situation de handicap"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "Article 1 – Objet et lots"),
          ("p", "La consultation porte sur le transport adapté des élèves et étudiants en situation de handicap entre leur domicile et leur établissement. Les prestations sont réparties en trois lots géographiques : lot 1 – Secteur Nord ; lot 2 – Secteur Centre ; lot 3 – Secteur Sud."),
          ("h", "Article 2 – Durée et montants"),
          ("p", "L'accord-cadre à bons de commande est conclu pour trois années scolaires. La valeur estimée de l'accord-cadre, tous lots confondus, est de 1 520" + BR + "000 € HT pour sa durée totale. Les montants maximum par lot et par année figurent à l'article 4 du CCAP."),
          ("h", "Article 3 – Conditions d'exécution"),
          ("p", "Le marché comporte une clause sociale d'insertion définie à l'article 7 du CCAP ; chaque titulaire en a connaissance au moment de remettre son offre."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes"]) + [
          ("h", "Article 8 – Critères d'attribution"),
          ("table", [["Critère", "Pondération"],
                     ["Prix", "55 %"],
                     ["Valeur technique (organisation des circuits, formation des conducteurs à l'accueil des enfants handicapés, remplacement)", "35 %"],
                     ["Performance en matière d'insertion professionnelle : heures proposées au-delà du minimum, accompagnement des personnes recrutées", "10 %"]],
           {"lines": True, "widths": [5, 1], "align": "lr"}),
          ] + with_bp(ctx, ["validite", "questions"])
    kt = [["Lot", "Année 1", "Année 2", "Année 3", "Total lot"],
          ["Lot 1 – Nord", "260", "270", "280", "810"],
          ["Lot 2 – Centre", "180", "190", "200", "570"],
          ["Lot 3 – Sud", "120", "125", "130", "375"],
          ["Total", "560", "585", "610", "1 755"]]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref + " – Commun aux trois lots"]),
            ("h", "Article 1 – Objet"),
            ("p", "Le présent CCAP s'applique aux trois lots de l'accord-cadre de transport adapté."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre couvre trois années scolaires, du 1er septembre 2027 au 31 août 2030. Il n'est pas reconductible."),
            ("h", "Article 4 – Montants maximum par lot et par année"),
            ("p", "Montants maximum exprimés en milliers d'euros hors taxes (k€ HT) :"),
            ("table", kt, {"lines": True, "widths": [3, 1.4, 1.4, 1.4, 1.6], "align": "lrrrr"}),
            ] + with_bp(ctx, ["prix", "paiement"]) + [
            ("h", "Article 7 – Clause sociale d'insertion"),
            ("p", "Le titulaire de chaque lot consacre à l'insertion professionnelle de personnes éloignées de l'emploi 5 % des heures de conduite et d'accompagnement nécessaires à l'exécution de son lot. Pour l'ensemble des trois lots, le Département estime ces heures à 43 200 sur la durée du marché, réparties ainsi : lot 1 : 19 200 heures ; lot 2 : 14 400 heures ; lot 3 : 9 600 heures."),
            ("h", "Article 8 – Véhicules"),
            ("p", "Les véhicules affectés à l'exécution du marché répondent au minimum à la classe Crit'Air 1 ; les véhicules diesel ne sont pas admis à compter de la deuxième année d'exécution."),
            ] + with_bp(ctx, ["penalites", "resiliation", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d05_haute_varenne_transport", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Transport adapté", rc,
                  L(cs=1, ci=1, csoc=1, allot=1, nb=3, est=1520000,
                    ev=["réparties en trois lots géographiques", "La valeur estimée de l'accord-cadre, tous lots confondus, est de 1 520 000 € HT",
                        "clause sociale d'insertion définie à l'article 7 du CCAP",
                        "Performance en matière d'insertion professionnelle"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Transport adapté", ccap,
                  L(cs=1, ci=1, h=2160, env=1, allot=1, nb=3, mx=1755000,
                    ev=["5 % des heures de conduite et d'accompagnement", "estime ces heures à 43 200",
                        "Total 560 585 610 1 755", "milliers d'euros hors taxes (k€ HT)",
                        "classe Crit'Air 1", "trois lots"]),
                  hyphen=True),
        ],
        values=dict(heures_insertion=2160, montant_estime_ht=1520000, montant_max_ht=1755000,
                    reserve_base=None, allotissement=1, nb_lots=3),
        pos=["clause_sociale", "clause_insertion", "critere_social", "clause_environnementale"],
        note="Maximum : tableau lots × années en k€ HT avec colonne et ligne de total ; total général 1 755 k€ = 1 755 000 € HT (ne pas additionner les totaux aux cellules). Heures : 5 % × 43 200 = 2 160. Estimation au RC, 1 520 000, chiffre coupé en fin de ligne dans le PDF.")


# ============================================================================= D06
@dossier
def d06():
    b = "Métropole de Cassagne"
    ctx = dict(buyer=b, tribunal="Cassagne", nature="services")
    ref = "Accord-cadre n° MC-2027-NET-07"
    obj = "Nettoyage des locaux de l'hôtel de métropole et des annexes"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "Article 1 – Objet"),
          ("p", "La consultation porte sur le nettoyage courant et périodique de l'hôtel de métropole et de ses quatre annexes administratives. Elle donne lieu à un accord-cadre à bons de commande mono-attributaire."),
          ("h", "Article 2 – Allotissement"),
          ("p", "Le marché n'est pas alloti (lot unique) : les sites partagent les mêmes équipes d'encadrement et les mêmes plages d'intervention."),
          ("h", "Article 3 – Montants"),
          ("p", "Les montants maximum de l'accord-cadre figurent à l'acte d'engagement. Le marché comporte une clause d'insertion décrite à l'article 8 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "Article 7 – Critères d'attribution"),
          ("table", [["Critère", "Poids"], ["Prix", "50 %"], ["Valeur technique", "40 %"],
                     ["Performance environnementale des produits et méthodes (part de produits écolabellisés, dosage, réduction des emballages)", "10 %"]],
           {"lines": True, "widths": [5, 1], "align": "lr"}),
          ] + with_bp(ctx, ["negociation", "questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet"),
            ("p", "Le présent accord-cadre porte sur le nettoyage des locaux de l'hôtel de métropole et des annexes."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre est conclu pour une période initiale de deux ans. Il peut être reconduit deux fois, pour une durée d'un an à chaque fois."),
            ("h", "Article 4 – Bons de commande"),
            ("p", "Les prestations périodiques sont commandées par bons de commande. Aucun bon de commande ne pourra excéder 25 000 € HT. Le montant maximum de chaque période est fixé à l'acte d'engagement."),
            ] + with_bp(ctx, ["prix", "paiement"]) + [
            ("h", "Article 7 – Produits et méthodes"),
            ("p", "Le titulaire emploie des produits d'entretien porteurs de l'Écolabel européen ou d'un label équivalent, des centrales de dilution et des textiles microfibres lavables ; les produits en aérosol sont proscrits."),
            ("h", "Article 8 – Clause d'insertion"),
            ("p", "Sur la durée maximale du marché (quatre ans), le volume d'heures de nettoyage est estimé à 50 400 heures. L'action d'insertion porte sur 10 % de ce volume ; elle est réalisée au profit de personnes éloignées de l'emploi validées par le guichet clauses sociales de la Métropole."),
            ] + with_bp(ctx, ["penalites", "resiliation", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref]),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Montants maximum"),
          ("table", [["Période", "Durée", "Montant maximum HT", "Montant maximum TTC"],
                     ["Période initiale", "24 mois", "340 000 €", "408 000 €"],
                     ["Première reconduction", "12 mois", "170 000 €", "204 000 €"],
                     ["Seconde reconduction", "12 mois", "170 000 €", "204 000 €"]],
           {"lines": True, "widths": [3, 1.4, 2, 2], "align": "llrr"}),
          ("p", "L'accord-cadre est exécuté aux prix unitaires du bordereau annexé au présent acte."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d06_cassagne_nettoyage", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – Nettoyage", rc,
                  L(cs=1, ci=1, cenv=1, allot=0,
                    ev=["Le marché n'est pas alloti (lot unique)", "Le marché comporte une clause d'insertion",
                        "Performance environnementale des produits et méthodes"])),
            piece("CCAP.docx", "CCAP", H, "CCAP – Nettoyage", ccap,
                  L(cs=1, ci=1, h=5040, env=1,
                    ev=["le volume d'heures de nettoyage est estimé à 50 400 heures",
                        "L'action d'insertion porte sur 10 % de ce volume",
                        "produits d'entretien porteurs de l'Écolabel européen"])),
            piece("AE.pdf", "AE", H, "AE – Nettoyage", ae,
                  L(mx=680000, ev=["340 000 €", "Première reconduction 12 mois 170 000 €", "Seconde reconduction 12 mois 170 000 €"])),
        ],
        values=dict(heures_insertion=5040, montant_estime_ht=None, montant_max_ht=680000,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        note="Maximum à l'AE : colonnes HT et TTC, pas de total : 340 000 + 170 000 + 170 000 = 680 000 € HT ; le plafond de 25 000 par bon n'est pas le maximum. Heures : 10 % × 50 400 = 5 040. « lot unique » = non alloti (0, nb_lots vide).")


# ============================================================================= D07
@dossier
def d07():
    b = "Commune de Saint-Aubrac-les-Vignes"
    ctx = dict(buyer=b, tribunal="Aurigny", nature="moe")
    ref = "Marché de maîtrise d'œuvre n° 2027-MOE-02"
    obj = "Maîtrise d'œuvre pour la construction d'une salle polyvalente"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Procédure adaptée"]),
          ("h", "1. Objet"),
          ("p", "La consultation porte sur une mission de maîtrise d'œuvre de base (ESQ à AOR) comprenant les études d'exécution, complétée d'une mission d'ordonnancement, de pilotage et de coordination (OPC), pour la construction d'une salle polyvalente d'environ 900 m² au lieu-dit Les Pradettes."),
          ("h", "2. Enveloppe et dévolution"),
          ("p", "L'enveloppe financière prévisionnelle affectée aux travaux par le maître d'ouvrage est de 1 650 000 € HT (valeur janvier 2027). Le marché n'est pas décomposé en lots ni en tranches."),
          ("h", "3. Rémunération"),
          ("p", "La rémunération est forfaitaire. Le forfait provisoire est égal au produit du taux de rémunération proposé par le candidat et de l'enveloppe prévisionnelle ; il devient définitif à l'acceptation de l'avant-projet définitif."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "negociation"]) + [
          ("h", "8. Critères de jugement"),
          ("p", "Valeur technique (méthodologie, composition de l'équipe, références comparables) : 60 %. Prix (taux de rémunération) : 40 %."),
          ] + with_bp(ctx, ["questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Montant du marché"),
            ("p", "Le montant prévisionnel du marché de maîtrise d'œuvre est estimé par le maître d'ouvrage à 198 000 € HT, sur la base d'un taux indicatif de 12 % appliqué à l'enveloppe de 1 650 000 € HT. Le forfait définitif de rémunération est arrêté par avenant à l'issue de l'avant-projet définitif."),
            ("h", "Article 4 – Engagement sur le coût prévisionnel des travaux"),
            ("p", "Le maître d'œuvre s'engage sur le coût prévisionnel des travaux à l'issue de l'APD. Un taux de tolérance de 5 % est appliqué ; au-delà, le maître d'œuvre reprend gratuitement ses études."),
            ] + with_bp(ctx, ["avance", "paiement", "penalites", "assurances", "resiliation", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref]),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Prix"),
          ("table", [["Élément", "Valeur"],
                     ["Enveloppe prévisionnelle des travaux (C0)", "1 650 000 € HT"],
                     ["Taux de rémunération (t)", "........ %"],
                     ["Forfait provisoire de rémunération (t × C0)", "................ € HT"]],
           {"lines": True, "widths": [4, 2]}),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d07_saint_aubrac_moe", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Maîtrise d'œuvre salle polyvalente", rc,
                  L(allot=0, ev=["Le marché n'est pas décomposé en lots ni en tranches"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Maîtrise d'œuvre salle polyvalente", ccap,
                  L(est=198000, ev=["Le montant prévisionnel du marché de maîtrise d'œuvre est estimé par le maître d'ouvrage à 198 000 € HT"])),
            piece("AE.docx", "AE", H, "AE – Maîtrise d'œuvre", ae, L()),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=198000, montant_max_ht=None,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=[],
        note="Piège enveloppe : 1 650 000 € HT est le budget des travaux, pas la valeur du marché de maîtrise d'œuvre ; RC et AE ne donnent aucune estimation du marché (vide). Estimation du marché : 198 000 € HT (CCAP).")


# ============================================================================= D08
@dossier
def d08():
    b = "Office public de l'habitat Terres d'Ancelle"
    ctx = dict(buyer=b, tribunal="Ancelle", nature="travaux")
    ref = "Accord-cadre n° TA-2027-REHA"
    obj = "Travaux de remise en état de logements vacants"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Accord-cadre à marchés subséquents"]),
          ("h", "1. Objet et forme"),
          ("p", "La consultation porte sur les travaux tous corps d'état de remise en état des logements vacants du patrimoine de l'office. L'accord-cadre est multi-attributaire : il est conclu avec trois opérateurs au plus, remis en concurrence lors de la passation de chaque marché subséquent. Sa durée est de quatre ans."),
          ("p", "L'accord-cadre n'est pas alloti : la coordination de corps d'état multiples dans des logements occupés ou à relouer rapidement serait rendue plus difficile et plus coûteuse par des lots séparés (article L. 2113-11 du code de la commande publique)."),
          ("h", "2. Montants"),
          ("p", "La valeur estimée de l'accord-cadre est de 2 100 000 € HT. Son montant maximum est de 2 500 000 € HT pour toute sa durée."),
          ("h", "3. Contexte et clause d'insertion"),
          ("p", "Le précédent accord-cadre (2022-2026) a permis la réalisation de 6 400 heures d'insertion au bénéfice de locataires et de jeunes des quartiers de l'office. Le présent accord-cadre comporte une clause d'insertion appliquée à chaque marché subséquent (article 6 du CCAP)."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Jugement des offres de l'accord-cadre"),
          ("p", "Prix, apprécié sur un détail quantitatif estimatif non contractuel : 40 %. Valeur technique : 60 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 4 – Marchés subséquents"),
            ("p", "Chaque marché subséquent porte sur un ou plusieurs logements. Le montant de chaque marché subséquent ne peut excéder 300 000 € HT. Les titulaires disposent de dix jours pour remettre leur offre à la suite de la lettre de consultation."),
            ("h", "Article 6 – Clause d'insertion"),
            ("p", "Chaque marché subséquent comporte une clause d'insertion dont le volume est égal à 5 % des heures de main-d'œuvre estimées pour ce marché subséquent ; ce nombre d'heures est indiqué dans la lettre de consultation. Les heures sont réalisées au bénéfice de personnes éloignées de l'emploi."),
            ("h", "Article 7 – Gestion des déchets"),
            ("p", "Les déchets de chantier sont triés sur place et évacués vers des filières de valorisation ; le titulaire remet les bordereaux de suivi des déchets à la réception de chaque logement. Les équipements sanitaires déposés en bon état sont remis à la ressourcerie de l'office."),
            ] + with_bp(ctx, ["prix", "avance", "paiement", "penalites", "garantie", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d08_terres_ancelle_rehabilitation", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Remise en état des logements vacants", rc,
                  L(cs=1, ci=1, allot=0, est=2100000, mx=2500000,
                    ev=["L'accord-cadre n'est pas alloti", "La valeur estimée de l'accord-cadre est de 2 100 000 € HT",
                        "Son montant maximum est de 2 500 000 € HT pour toute sa durée",
                        "comporte une clause d'insertion appliquée à chaque marché subséquent"]),
                  hyphen=True),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Remise en état des logements vacants", ccap,
                  L(cs=1, ci=1, env=1,
                    ev=["Chaque marché subséquent comporte une clause d'insertion dont le volume est égal à 5 % des heures",
                        "Les déchets de chantier sont triés sur place"])),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=2100000, montant_max_ht=2500000,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        note="Pièges : 6 400 heures = accord-cadre précédent ; 5 % sans base d'heures ; 300 000 € HT = plafond d'un marché subséquent, pas le maximum (2 500 000 au RC, que le CCAP ne répète pas).")


# ============================================================================= D09
@dossier
def d09():
    b = "Communauté d'agglomération Rives-de-Colmont"
    ctx = dict(buyer=b, tribunal="Colmont", nature="services")
    ref = "Marché n° RC-DEC-2027"
    obj = "Collecte des déchets ménagers et assimilés"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Appel d'offres ouvert"]),
          ("h", "Article 1 – Objet"),
          ("p", "Le marché porte sur la collecte en porte-à-porte des ordures ménagères résiduelles et des emballages ménagers sur les vingt-deux communes de l'agglomération, ainsi que sur la collecte des points d'apport volontaire."),
          ("p", "Le marché n'est pas alloti : les tournées de collecte des deux flux sont mutualisées et un découpage en lots séparés renchérirait le coût du service."),
          ("h", "Article 2 – Valeur estimée"),
          ("p", "La valeur totale estimée du marché est de 7 400 000 € HT pour sa durée de cinq ans."),
          ("h", "Article 3 – Conditions d'exécution"),
          ("p", "Le marché comporte une clause sociale d'insertion (article 11 du CCAP)."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "validite"]) + [
          ("h", "Article 9 – Critères d'attribution"),
          ("table", [["Critère", "Pondération"], ["Prix", "50 %"], ["Valeur technique", "35 %"],
                     ["Performance environnementale (émissions des véhicules, optimisation des kilomètres parcourus)", "15 %"]],
           {"lines": True, "widths": [5, 1], "align": "lr"}),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "Le marché est conclu pour cinq ans fermes à compter du 1er juillet 2027. Il n'est pas reconductible."),
            ("h", "Article 5 – Véhicules"),
            ("p", "Les véhicules de collecte affectés au marché sont à motorisation GNV ou électrique ; le titulaire transmet chaque année le relevé des consommations et des kilomètres parcourus."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites"]) + [
            ("h", "Article 11 – Clause sociale d'insertion"),
            ("split", "En application de l'article L. 2112-2 du code de la commande publique, le titulaire réserve à des personnes éloignées de l'emploi un volume annuel de 2 100",
             "heures de travail. Les heures sont décomptées par année civile ; un bilan est remis au facilitateur du PLIE de Colmont chaque trimestre."),
            ] + with_bp(ctx, ["resiliation", "litiges"])
    cctp = [("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["generalites_cctp"]) + [
            ("h", "Article 2 – Fréquences de collecte"),
            ("table", [["Flux", "Zone urbaine", "Zone rurale"],
                       ["Ordures ménagères résiduelles", "C2", "C1"],
                       ["Emballages ménagers", "C1", "C0,5"],
                       ["Points d'apport volontaire", "selon taux de remplissage", "selon taux de remplissage"]],
             {"lines": False, "widths": [3, 2, 2]}),
            ("h", "Article 3 – Matériels"),
            ("p", "Les bennes de collecte répondent à la norme Euro VI ou sont électriques ; elles sont équipées de lève-conteneurs électriques et de caméras de recul. Le lavage des bennes se fait sur une aire équipée d'un séparateur d'hydrocarbures."),
            ("h", "Article 4 – Personnel"),
            ("p", "Chaque équipier de collecte suit une formation initiale de 21 heures portant sur les gestes et postures et la sécurité routière avant sa première tournée."),
            ] + with_bp(ctx, ["normes", "rapports"])
    H = b + " – " + ref
    return dict(
        id="d09_rives_colmont_collecte", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – Collecte", rc,
                  L(cs=1, ci=1, cenv=1, allot=0, est=7400000,
                    ev=["Le marché n'est pas alloti", "La valeur totale estimée du marché est de 7 400 000 € HT",
                        "Le marché comporte une clause sociale d'insertion", "Performance environnementale (émissions des véhicules"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Collecte", ccap,
                  L(cs=1, ci=1, h=10500, env=1,
                    ev=["un volume annuel de 2 100 heures de travail", "conclu pour cinq ans fermes",
                        "à motorisation GNV ou électrique"])),
            piece("CCTP.pdf", "CCTP", H, "CCTP – Collecte", cctp,
                  L(env=1, ev=["Les bennes de collecte répondent à la norme Euro VI ou sont électriques"]), hyphen=True),
        ],
        values=dict(heures_insertion=10500, montant_estime_ht=7400000, montant_max_ht=None,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        note="Heures : 2 100 par an × 5 ans fermes = 10 500 ; « 2 100 » en bas de page, « heures » après le pied et l'en-tête de la page suivante ; durée à l'article 3 de la même pièce. Les 21 heures de formation du CCTP ne sont pas de l'insertion.")


# ============================================================================= D10
@dossier
def d10():
    b = "Ville de Pradeilles"
    ctx = dict(buyer=b, tribunal="Pradeilles", nature="fournitures")
    ref = "Accord-cadre n° VP-REST-2028"
    obj = "Fourniture de repas pour la restauration scolaire et de pain"
    avis = [("title", ["AVIS D'APPEL PUBLIC À LA CONCURRENCE", "Fournitures – " + obj, b]),
            ("p", "Nom de l'acheteur : " + b + " – service de la restauration municipale."),
            ("p", "Objet : " + obj + "."),
            ("p", "Valeur estimée hors TVA : 2 400 000 euros"),
            ("p", "Division en lots : oui – Nombre de lots : 2"),
            ("p", "Lot 1 : fabrication et livraison de repas en liaison froide. Lot 2 : fourniture de pain et de viennoiseries."),
            ("p", "Marché réservé : non"),
            ("p", "Conditions particulières d'exécution : le lot 1 comporte une clause sociale d'insertion."),
            ("p", "Durée : 24 mois, reconductible une fois."),
            ("p", "Date limite de réception des offres : 12 mars 2028 à 12h00."),
            ]
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet et lots"),
          ("p", "La consultation est décomposée en deux lots : lot 1 – fabrication et livraison de repas en liaison froide pour les sept écoles et le centre de loisirs ; lot 2 – fourniture de pain et de viennoiseries. Le lot 1 comporte une clause d'insertion décrite au CCAP."),
          ("h", "2. Durée"),
          ("p", "L'accord-cadre à bons de commande est conclu pour deux ans ; il est reconductible une fois pour deux ans."),
          ("h", "3. Montants maximum annuels"),
          ("table", [["Lot", "Maximum annuel HT", "Maximum annuel TTC"],
                     ["Lot 1", "520 000 €", "548 600 €"],
                     ["Lot 2", "160 000 €", "168 800 €"]],
           {"lines": False, "widths": [2, 2, 2], "align": "lrr"}),
          ("p", "Les montants TTC sont calculés au taux de TVA de 5,5 %."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Critères d'attribution"),
          ("p", "Prix : 40 %. Qualité gustative et nutritionnelle des repas : 40 %. Performance en matière d'approvisionnement en produits issus de l'agriculture biologique et de lutte contre le gaspillage alimentaire : 20 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref + " – Commun aux deux lots"]),
            ("h", "Article 1 – Objet"),
            ("p", "Le présent CCAP est commun aux deux lots de l'accord-cadre."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "Le marché est conclu pour une durée de deux ans, reconductible une fois pour deux ans."),
            ("h", "Article 4 – Montants"),
            ("p", "Les montants maximum annuels de chaque lot figurent au règlement de la consultation."),
            ("h", "Article 7 – Qualité des denrées (lot 1)"),
            ("p", "Les repas comportent au moins 50 % de produits durables et de qualité, dont au moins 20 % issus de l'agriculture biologique. Les repas sont livrés dans des bacs gastronormes en inox réutilisables ; les contenants en plastique à usage unique sont interdits."),
            ("h", "Article 8 – Clause d'insertion (lot 1)"),
            ("p", "Le titulaire du lot 1 réalise une action d'insertion professionnelle de 450 heures par année d'exécution, au profit de personnes éloignées de l'emploi."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d10_pradeilles_restauration", title=obj,
        pieces=[
            piece("AVIS.txt", "AVIS", H, "", avis,
                  L(cs=1, ci=1, allot=1, nb=2, est=2400000,
                    ev=["Valeur estimée hors TVA : 2 400 000 euros", "Division en lots : oui – Nombre de lots : 2",
                        "le lot 1 comporte une clause sociale d'insertion"])),
            piece("RC.pdf", "RC", H, "RC – Restauration scolaire", rc,
                  L(cs=1, ci=1, cenv=1, allot=1, nb=2, mx=2720000,
                    ev=["décomposée en deux lots", "Lot 1 520 000 €", "Lot 2 160 000 €",
                        "reconductible une fois pour deux ans", "Le lot 1 comporte une clause d'insertion",
                        "produits issus de l'agriculture biologique et de lutte contre le gaspillage alimentaire : 20 %"])),
            piece("CCAP.docx", "CCAP", H, "CCAP – Restauration scolaire", ccap,
                  L(cs=1, ci=1, h=1800, env=1, allot=1, nb=2,
                    ev=["450 heures par année d'exécution", "deux ans, reconductible une fois pour deux ans",
                        "commun aux deux lots", "contenants en plastique à usage unique sont interdits"])),
        ],
        values=dict(heures_insertion=1800, montant_estime_ht=2400000, montant_max_ht=2720000,
                    reserve_base=None, allotissement=1, nb_lots=2),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        note="Maximum : (520 000 + 160 000) HT par an × 4 ans (2 + 2) = 2 720 000 € HT (colonnes TTC à ignorer, tableau sans traits). Heures : 450/an × 4 ans = 1 800 (doute : durée maximale avec reconduction). « Marché réservé : non » dans l'avis.")


# ============================================================================= D11
@dossier
def d11():
    b = "Université Jean-Aragne de Vaucorbe"
    ctx = dict(buyer=b, tribunal="Vaucorbe", nature="tic")
    ref = "Accord-cadre n° UJA-DSI-2027-05"
    obj = "Maintenance et support des équipements réseau du campus"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet"),
          ("p", "La consultation porte sur la maintenance préventive et corrective des commutateurs, bornes Wi-Fi et pare-feu des trois sites de l'université, ainsi que sur le support de niveau 2 aux équipes de la direction du système d'information."),
          ("p", "Le marché n'est pas alloti : les prestations de maintenance portent sur un système d'information unique dont les composants sont indissociables."),
          ("h", "2. Montant estimatif"),
          ("p", "Le montant estimatif des prestations est de 180 000 € HT sur la durée totale de l'accord-cadre (trois ans)."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "7. Critères"),
          ("p", "Valeur technique (compréhension de l'environnement technique, délais de rétablissement, outillage de supervision) : 60 %. Prix : 40 %."),
          ] + with_bp(ctx, ["questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Montants"),
            ("p", "L'accord-cadre est conclu sans montant minimum ; son montant maximum est de 240 000 € TTC sur sa durée totale. Chaque bon de commande est plafonné à 20 000 € HT."),
            ("h", "Article 4 – Environnement technique"),
            ("p", "L'environnement technique comprend des serveurs Linux, un annuaire LDAP, environ 320 commutateurs et 540 bornes Wi-Fi. Le titulaire maintient à jour la documentation de cet environnement."),
            ("h", "Article 5 – Transfert de compétences"),
            ("p", "Le titulaire assure 12 heures de formation des administrateurs réseau de l'université lors de la mise en service de chaque nouvelle version logicielle majeure."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites", "confidentialite", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d11_vaucorbe_maintenance_reseau", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – Maintenance réseau", rc,
                  L(allot=0, est=180000,
                    ev=["Le marché n'est pas alloti", "Le montant estimatif des prestations est de 180 000 € HT"])),
            piece("CCAP.docx", "CCAP", H, "CCAP – Maintenance réseau", ccap, L()),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=180000, montant_max_ht=None,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=[],
        note="Pièges : maximum donné seulement TTC (240 000 € TTC) → pas de montant_max_ht ; 20 000 € HT = plafond par bon ; 12 heures de formation ≠ insertion ; « environnement technique » ≠ clause environnementale. Doute : un annotateur pourrait convertir 240 000 TTC en 200 000 HT ; on s'en tient à la valeur énoncée.")


# ============================================================================= D12
@dossier
def d12():
    b = "SIVOM des Trois Vallées"
    ctx = dict(buyer=b, tribunal="Vallon-d'Aure", nature="travaux")
    ref = "Marché de travaux n° 3V-VOI-2027"
    obj = "Travaux de voirie et de réseaux – programme 2027"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet et dévolution"),
          ("p", "Les travaux portent sur la réfection de la voie communale n° 12, du chemin des Aulnes et du parking de la gare. Ils sont dévolus en entreprise générale : le marché n'est pas alloti."),
          ("h", "2. Tranches et estimation"),
          ("p", "Le marché comporte une tranche ferme et deux tranches optionnelles. Le montant total estimé des travaux, tranches optionnelles comprises, est de 1,75 M€ HT."),
          ("h", "3. Insertion"),
          ("p", "Le marché comporte une clause d'insertion d'environ 570 heures de travail, détaillée à l'article 8 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes"]) + [
          ("h", "8. Jugement des offres"),
          ("p", "Prix : 60 %. Valeur technique : 40 %, dont méthodologie (20 points), planning (10 points) et taux d'agrégats d'enrobés recyclés proposé (10 points)."),
          ] + with_bp(ctx, ["validite", "questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 2 – Tranches"),
            ("table", [["Tranche", "Consistance", "Estimation HT"],
                       ["Tranche ferme", "Voie communale n° 12", "1 120 000 €"],
                       ["Tranche optionnelle 1", "Chemin des Aulnes", "380 000 €"],
                       ["Tranche optionnelle 2", "Parking de la gare", "250 000 €"]],
             {"lines": True, "widths": [2, 3, 2], "align": "llr"}),
            ("p", "Les tranches optionnelles sont affermies dans un délai de dix-huit mois à compter de la notification du marché."),
            ] + with_bp(ctx, ["delais_travaux", "prix", "avance"]) + [
            ("h", "Article 8 – Clause d'insertion"),
            ("p", "Le titulaire consacre à l'insertion professionnelle 6 % des heures de main-d'œuvre nécessaires à l'exécution du marché. Pour l'ensemble des tranches, ces heures sont estimées à 9 500 heures."),
            ("h", "Article 9 – Matériaux"),
            ("p", "Les enrobés mis en œuvre intègrent au moins 30 % d'agrégats d'enrobés recyclés ; les déblais non pollués sont réemployés sur place en remblai."),
            ] + with_bp(ctx, ["penalites", "garantie", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref]),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Prix"),
          ("table", [["Tranche", "Montant HT", "Montant TTC"],
                     ["Tranche ferme", "................ €", "................ €"],
                     ["Tranche optionnelle 1", "................ €", "................ €"],
                     ["Tranche optionnelle 2", "................ €", "................ €"]],
           {"lines": True}),
          ("p", "Délai d'affermissement des tranches optionnelles : dix-huit mois à compter de la notification."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d12_trois_vallees_voirie", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Voirie 2027", rc,
                  L(cs=1, ci=1, h=570, cenv=1, allot=0, est=1750000,
                    ev=["le marché n'est pas alloti", "tranches optionnelles comprises, est de 1,75 M€ HT",
                        "clause d'insertion d'environ 570 heures", "taux d'agrégats d'enrobés recyclés proposé (10 points)"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Voirie 2027", ccap,
                  L(cs=1, ci=1, h=570, env=1, est=1750000,
                    ev=["6 % des heures de main-d'œuvre", "estimées à 9 500 heures", "1 120 000 €", "380 000 €", "250 000 €",
                        "au moins 30 % d'agrégats d'enrobés recyclés"]), hyphen=True),
            piece("AE.pdf", "AE", H, "AE – Voirie 2027", ae, L()),
        ],
        values=dict(heures_insertion=570, montant_estime_ht=1750000, montant_max_ht=None,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale", "critere_environnemental"],
        note="Estimation : 1,75 M€ (RC) = 1 120 000 + 380 000 + 250 000 (CCAP, tableau sans total ; doute : la valeur estimée inclut les tranches optionnelles). Heures : 6 % × 9 500 = 570. AE vierge.")


# ============================================================================= D13
@dossier
def d13():
    b = "Département du Haut-Lisson"
    ctx = dict(buyer=b, tribunal="Lisson", nature="services")
    ref = "Marché n° DHL-RSA-2027"
    obj = "Accompagnement socioprofessionnel des bénéficiaires du RSA"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref + " – Procédure adaptée (services sociaux)"]),
          ("h", "1. Objet"),
          ("p", "Le marché a pour objet l'accompagnement socioprofessionnel renforcé des bénéficiaires du revenu de solidarité active orientés par les services départementaux, en vue de leur accès à l'emploi ou à la formation."),
          ("h", "2. Marché réservé"),
          ("p", "En application de l'article L. 2113-15 du code de la commande publique, le marché, qui porte exclusivement sur des services sociaux, est réservé aux entreprises de l'économie sociale et solidaire poursuivant une mission de service public liée à la prestation de ces services."),
          ("h", "3. Lots et estimation"),
          ("p", "Le marché est décomposé en quatre lots territoriaux. L'estimation de chaque lot, pour la durée totale du marché (deux ans), est la suivante :"),
          ("table", [["Lot", "Territoire", "Estimation HT"],
                     ["1", "Lisson-Nord", "96 000 €"], ["2", "Vallée de l'Ance", "84 000 €"],
                     ["3", "Plateau de Serre", "72 500 €"], ["4", "Agglomération de Lissac", "60 000 €"]],
           {"lines": True, "widths": [1, 4, 2], "align": "llr"}),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Critères"),
          ("p", "Prix : 40 %. Valeur technique (méthodologie d'accompagnement, moyens humains, organisation territoriale) : 60 %."),
          ]
    cctp = [("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, ref]),
            ("p", "Le présent CCTP est commun aux quatre lots du marché."),
            ] + with_bp(ctx, ["generalites_cctp"]) + [
            ("h", "Article 2 – Publics"),
            ("p", "Les personnes accompagnées sont des bénéficiaires du RSA soumis aux droits et devoirs, orientés vers un parcours professionnel par l'équipe pluridisciplinaire du Département."),
            ("h", "Article 3 – Volume d'accompagnement"),
            ("p", "Le titulaire de chaque lot assure un volume prévisionnel de 3 200 heures d'accompagnement individuel et collectif des bénéficiaires sur la durée du marché, dont au moins 60 % en entretiens individuels."),
            ("h", "Article 4 – Contenu de l'accompagnement"),
            ("list", ["diagnostic socioprofessionnel et élaboration du contrat d'engagements réciproques ;",
                      "levée des freins périphériques (mobilité, garde d'enfants, santé) ;",
                      "mise en relation avec les employeurs et suivi dans l'emploi pendant six mois."]),
            ] + with_bp(ctx, ["rapports", "confidentialite"])
    H = b + " – " + ref
    return dict(
        id="d13_haut_lisson_accompagnement_rsa", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – Accompagnement RSA", rc,
                  L(res=1, base="L2113-15", allot=1, nb=4, est=312500,
                    ev=["En application de l'article L. 2113-15", "est réservé aux entreprises de l'économie sociale et solidaire",
                        "décomposé en quatre lots territoriaux", "96 000 €", "84 000 €", "72 500 €", "60 000 €"])),
            piece("CCTP.docx", "CCTP", H, "CCTP – Accompagnement RSA", cctp,
                  L(allot=1, nb=4, ev=["Le présent CCTP est commun aux quatre lots du marché"])),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=312500, montant_max_ht=None,
                    reserve_base="L2113-15", allotissement=1, nb_lots=4),
        pos=["marche_reserve"],
        note="L'insertion est l'OBJET du marché (accompagnement de bénéficiaires du RSA) : pas de clause d'insertion ; les 3 200 heures d'accompagnement ne sont pas des heures d'insertion. Réservation L2113-15. Estimation : 96 000 + 84 000 + 72 500 + 60 000 = 312 500 € HT.")


# ============================================================================= D14
@dossier
def d14():
    b = "Syndicat mixte du Parc naturel des Hautes-Chaumes"
    ctx = dict(buyer=b, tribunal="Chaumeil", nature="fournitures")
    ref = "Accord-cadre n° PHC-2027-FB"
    obj = "Fournitures de bureau, papier et consommables d'impression"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "Article 1 – Objet et lots"),
          ("p", "L'accord-cadre à bons de commande porte sur la fourniture de papier, de fournitures de bureau et de consommables d'impression pour la maison du Parc et ses quatre antennes. Il est décomposé en trois lots :"),
          ("list", ["lot 1 – papier de reprographie ;",
                    "lot 2 – fournitures de bureau : ce lot est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail ;",
                    "lot 3 – consommables d'impression."]),
          ("h", "Article 2 – Durée et montant"),
          ("p", "L'accord-cadre est conclu pour trois ans. Le montant maximum global de l'accord-cadre est de 420 k€ HT pour sa durée totale, tous lots confondus."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "validite"]) + [
          ("h", "Article 8 – Critères"),
          ("p", "Prix : 70 %. Valeur technique (délais de livraison, service après-vente) : 30 %."),
          ] + with_bp(ctx, ["questions"])
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet"),
            ("p", "L'accord-cadre comporte trois lots. Le lot 2 étant réservé aux entreprises adaptées et aux ESAT, son titulaire justifie pendant toute l'exécution employer au moins 50 % de travailleurs handicapés."),
            ("h", "Article 2 – Durée"),
            ("p", "L'accord-cadre est conclu pour trois ans fermes à compter du 1er janvier 2028."),
            ("h", "Article 3 – Montants maximum annuels"),
            ("table", [["Lot", "Montant maximum annuel (k€ HT)"], ["Lot 1 – Papier", "60"],
                       ["Lot 2 – Fournitures de bureau", "50"], ["Lot 3 – Consommables", "30"],
                       ["Total annuel", "140"]], {"lines": True}),
            ("h", "Article 5 – Livraisons et emballages"),
            ("p", "Les livraisons sont regroupées une fois par semaine au plus par site. Les emballages sont en carton recyclé ; le titulaire du lot 3 reprend les cartouches et toners vides et en assure la collecte en vue de leur recyclage."),
            ] + with_bp(ctx, ["pieces", "prix", "verifications", "paiement", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref + " – Lot n° 3 : Consommables d'impression"]),
          ("p", "L'accord-cadre comporte trois lots ; le présent acte d'engagement concerne le lot n° 3."),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Montant et durée"),
          ("p", "Montant maximum annuel du lot : 30 000 € HT. Durée : trois ans fermes."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d14_hautes_chaumes_fournitures", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Fournitures de bureau", rc,
                  L(res=1, base="L2113-12", allot=1, nb=3, mx=420000,
                    ev=["décomposé en trois lots", "ce lot est réservé aux entreprises adaptées et aux établissements et services d'aide par le travail",
                        "Le montant maximum global de l'accord-cadre est de 420 k€ HT pour sa durée totale"])),
            piece("CCAP.docx", "CCAP", H, "CCAP – Fournitures de bureau", ccap,
                  L(res=1, base="L2113-12", env=1, allot=1, nb=3, mx=420000,
                    ev=["Le lot 2 étant réservé aux entreprises adaptées et aux ESAT", "Total annuel 140", "trois ans fermes",
                        "L'accord-cadre comporte trois lots", "reprend les cartouches et toners vides"])),
            piece("AE_lot3.docx", "AE", H, "AE lot 3 – Fournitures de bureau", ae,
                  L(allot=1, nb=3, mx=90000,
                    ev=["L'accord-cadre comporte trois lots", "Montant maximum annuel du lot : 30 000 € HT. Durée : trois ans fermes."])),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=None, montant_max_ht=420000,
                    reserve_base="L2113-12", allotissement=1, nb_lots=3),
        pos=["marche_reserve", "clause_environnementale"],
        note="Maximum : 420 k€ au RC = total annuel 140 k€ × 3 ans fermes au CCAP (k€). Réservation par les mots seuls (EA/ESAT) → L2113-12. AE lot 3 : 30 000 × 3 = 90 000 (valeur du lot seul).")


# ============================================================================= D15
@dossier
def d15():
    b = "Commune de Verlac-sur-Ausse"
    ctx = dict(buyer=b, tribunal="Ausse", nature="travaux")
    ref = "Marché de travaux n° VSA-2027-GYM"
    obj = "Construction d'un gymnase intercommunal"
    lots = [["Lot", "Désignation", "Estimation HT"],
            ["01", "VRD – terrassements", "185 000"], ["02", "Gros œuvre", "640 000"],
            ["03", "Charpente métallique", "310 000"], ["04", "Couverture – bardage", "205 000"],
            ["05", "Menuiseries", "128 000"], ["06", "Plâtrerie – faux plafonds", "96 000"],
            ["07", "Électricité", "142 000"], ["08", "Sols sportifs", "74 000"]]
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet"),
          ("p", "La consultation porte sur la construction d'un gymnase de type C avec salle de convivialité et vestiaires, rue des Peupliers."),
          ("h", "2. Allotissement et estimation"),
          ("p", "Les travaux sont répartis en huit lots ; l'estimation de la maîtrise d'œuvre est la suivante :"),
          ("table", lots, {"lines": False, "widths": [1, 4, 2], "align": "llr"}),
          ("h", "3. Clause d'insertion"),
          ("p", "Les lots 01, 02 et 03 comportent une clause d'insertion, pour un total de 1" + BR + "150 heures de travail dont la répartition figure à l'article 8 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "negociation"]) + [
          ("h", "8. Critères"),
          ("p", "Prix : 60 %. Valeur technique : 40 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet"),
            ("p", "Les travaux sont répartis en huit lots faisant chacun l'objet d'un marché."),
            ] + with_bp(ctx, ["pieces", "delais_travaux", "prix", "avance"]) + [
            ("h", "Article 8 – Clause d'insertion"),
            ("table", [["Lot", "Heures d'insertion"], ["01 – VRD – terrassements", "250"],
                       ["02 – Gros œuvre", "600"], ["03 – Charpente métallique", "300"], ["Total", "1 150"]],
             {"lines": True, "widths": [4, 2], "align": "lr"}),
            ("p", "L'accueil sécurité des nouveaux arrivants sur le chantier n'est pas décompté au titre de l'insertion."),
            ("h", "Article 9 – Gestion des déchets"),
            ("p", "Un schéma d'organisation et de gestion des déchets (SOGED) est établi pendant la période de préparation. Les déchets sont triés en cinq flux ; les emballages des matériaux sont repris par les fournisseurs."),
            ] + with_bp(ctx, ["penalites", "garantie", "reception", "litiges"])
    cctp = [("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, "Lot 03 – Charpente métallique"]),
            ] + with_bp(ctx, ["generalites_cctp", "normes"]) + [
            ("h", "3.1 Ossature"),
            ("p", "Portiques en profilés laminés S355, portée libre de 32 m, entraxe de 6 m ; contreventements en croix de Saint-André ; protection anticorrosion par galvanisation à chaud."),
            ("h", "3.2 Chutes et déchets"),
            ("p", "Le charpentier trie ses chutes d'acier et les remet à une filière de recyclage ; il justifie de l'enlèvement par un bon de pesée."),
            ("h", "3.3 Personnel"),
            ("p", "Les monteurs ont suivi une formation au travail en hauteur de 14 heures et disposent d'une autorisation de conduite des nacelles."),
            ]
    H = b + " – " + ref
    return dict(
        id="d15_verlac_gymnase", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Gymnase", rc,
                  L(cs=1, ci=1, h=1150, allot=1, nb=8, est=1780000,
                    ev=["répartis en huit lots", "01 VRD – terrassements 185 000", "08 Sols sportifs 74 000",
                        "pour un total de 1 150 heures de travail"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Gymnase", ccap,
                  L(cs=1, ci=1, h=1150, env=1, allot=1, nb=8,
                    ev=["Total 1 150", "répartis en huit lots", "Les déchets sont triés en cinq flux"]), hyphen=True),
            piece("CCTP_lot03.docx", "CCTP", H, "CCTP lot 03 – Gymnase", cctp,
                  L(env=1, allot=1, ev=["Lot 03 – Charpente métallique", "trie ses chutes d'acier et les remet à une filière de recyclage"])),
        ],
        values=dict(heures_insertion=1150, montant_estime_ht=1780000, montant_max_ht=None,
                    reserve_base=None, allotissement=1, nb_lots=8),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        note="Estimation : somme des 8 lots (tableau sans traits) = 185 000 + 640 000 + 310 000 + 205 000 + 128 000 + 96 000 + 142 000 + 74 000 = 1 780 000 € HT. Heures 1 150 au RC (chiffre coupé « 1 / 150 » en fin de ligne) = 250 + 600 + 300 au CCAP (ligne total) : une fois. 14 heures de formation au CCTP ≠ insertion.")


# ============================================================================= D16
@dossier
def d16():
    b = "Communauté de communes des Coteaux d'Arvenne"
    ctx = dict(buyer=b, tribunal="Arvenne", nature="services")
    ref = "Accord-cadre n° CCCA-2027-EN"
    obj = "Entretien des sentiers et des espaces naturels"
    avis = [("title", ["AVIS DE MARCHÉ", "Services – " + obj, b]),
            ("p", "II.1.1) Intitulé : " + obj + "."),
            ("p", "II.1.5) Valeur totale estimée : Valeur hors TVA : 195 000 EUR"),
            ("p", "II.1.6) Information sur les lots : Ce marché est divisé en lots : oui. Nombre de lots : 2."),
            ("p", "II.2.1) Lot n° 1 : Entretien des sentiers de randonnée. Lot n° 2 : Fauchage des accotements et des zones humides."),
            ("p", "III.1.5) Informations sur les marchés réservés :"),
            ("p", "[X] Le marché est réservé à des ateliers protégés et des opérateurs économiques dont l'objectif est l'intégration sociale et professionnelle de personnes handicapées ou défavorisées"),
            ("p", "III.2.2) Conditions particulières d'exécution : le lot 2 comporte une clause sociale d'insertion."),
            ("p", "VI.3) Informations complémentaires : Le lot 1 est réservé, en application de l'article L. 2113-14 du code de la commande publique, à la fois aux opérateurs mentionnés à l'article L. 2113-12 et aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13."),
            ]
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet et lots"),
          ("p", "L'accord-cadre à bons de commande porte sur l'entretien des sentiers de randonnée et des espaces naturels communautaires. Il comprend deux lots : lot 1 – entretien des sentiers de randonnée ; lot 2 – fauchage des accotements et des zones humides."),
          ("h", "2. Réservation du lot 1"),
          ("p", "Le lot 1 est réservé à la fois aux entreprises adaptées et aux ESAT (article L. 2113-12 du code de la commande publique) et aux structures d'insertion par l'activité économique (article L. 2113-13), conformément à l'article L. 2113-14."),
          ("h", "3. Montants maximum"),
          ("p", "Les montants maximum ci-dessous s'entendent pour la durée totale de l'accord-cadre (deux ans) :"),
          ("table", [["Lot", "Montant maximum HT"], ["Lot 1 – Sentiers", "90 000 €"], ["Lot 2 – Fauchage", "140 000 €"]],
           {"lines": True, "widths": [3, 2], "align": "lr"}),
          ("h", "4. Clause d'insertion (lot 2)"),
          ("p", "Le titulaire du lot 2 réalise 380 heures d'insertion sur la durée totale de l'accord-cadre, au profit de personnes éloignées de l'emploi."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite", "questions"])
    H = b + " – " + ref
    return dict(
        id="d16_coteaux_arvenne_espaces_naturels", title=obj,
        pieces=[
            piece("AVIS.txt", "AVIS", H, "", avis,
                  L(cs=1, ci=1, res=1, base="L2113-12;L2113-13", allot=1, nb=2, est=195000,
                    ev=["à la fois aux opérateurs mentionnés à l'article L. 2113-12 et aux structures d'insertion par l'activité économique mentionnées à l'article L. 2113-13",
                        "Valeur hors TVA : 195 000 EUR", "Nombre de lots : 2", "le lot 2 comporte une clause sociale d'insertion"])),
            piece("RC.docx", "RC", H, "RC – Espaces naturels", rc,
                  L(cs=1, ci=1, h=380, res=1, base="L2113-12;L2113-13", allot=1, nb=2, mx=230000,
                    ev=["Le lot 1 est réservé à la fois aux entreprises adaptées et aux ESAT (article L. 2113-12",
                        "(article L. 2113-13)", "Il comprend deux lots", "90 000 €", "140 000 €",
                        "réalise 380 heures d'insertion"])),
        ],
        values=dict(heures_insertion=380, montant_estime_ht=195000, montant_max_ht=230000,
                    reserve_base="L2113-12;L2113-13", allotissement=1, nb_lots=2),
        pos=["clause_sociale", "clause_insertion", "marche_reserve"],
        note="Double réservation (L2113-14) → L2113-12;L2113-13, les articles cités prévalent sur la case « ateliers protégés ». Maximum : 90 000 + 140 000 = 230 000 € HT (tableau sans total, durée totale). Estimation 195 000 (avis).")


# ============================================================================= D17
@dossier
def d17():
    b = "Ville de Brévannes-le-Haut"
    ctx = dict(buyer=b, tribunal="Brévannes", nature="services")
    ref = "Accord-cadre n° VBH-2027-IMP"
    obj = "Impression et façonnage des documents municipaux"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet"),
          ("p", "L'accord-cadre à bons de commande porte sur l'impression, le façonnage et la mise sous pli du magazine municipal, des affiches et des documents administratifs de la ville. Aucun allotissement n'est prévu : les prestations forment une chaîne de production unique."),
          ("h", "2. Marché réservé"),
          ("p", "Le marché est réservé, en application de l'article L. 2113-13-1 du code de la commande publique, aux opérateurs économiques qui emploient des personnes détenues dans le cadre d'un contrat d'emploi pénitentiaire."),
          ("h", "3. Durée et montants"),
          ("p", "L'accord-cadre est conclu pour une période initiale de deux ans, reconductible deux fois par période d'un an. Le montant estimatif est de 81" + BR + "000 € HT sur la durée maximale du marché."),
          ("table", [["Période", "Montant maximum HT"], ["Période initiale (24 mois)", "60 000 €"],
                     ["Chaque période de reconduction (12 mois)", "30 000 €"]],
           {"lines": False, "widths": [4, 2], "align": "lr"}),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Critères"),
          ("p", "Prix : 60 %. Valeur technique : 40 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Caractère réservé"),
            ("p", "Le titulaire maintient pendant toute l'exécution la proportion minimale de personnes détenues prévue pour les marchés réservés en application de l'article L. 2113-13-1 du code de la commande publique."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre est conclu pour une période initiale de vingt-quatre mois. Il est reconductible deux fois par période de douze mois."),
            ("h", "Article 4 – Montants maximum"),
            ("p", "Montant maximum pour la période initiale : 60 000 € HT. Montant maximum pour chaque période de reconduction : 30 000 € HT."),
            ("h", "Article 6 – Exigences environnementales d'exécution"),
            ("p", "L'atelier d'impression est titulaire du label Imprim'Vert ou d'un label équivalent ; les chutes de papier et les plaques usagées sont collectées séparément en vue de leur recyclage."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d17_brevannes_impression", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Impression", rc,
                  L(res=1, base="L2113-13-1", allot=0, est=81000, mx=120000,
                    ev=["en application de l'article L. 2113-13-1", "Aucun allotissement n'est prévu",
                        "Le montant estimatif est de 81 000 € HT", "Période initiale (24 mois) 60 000 €",
                        "Chaque période de reconduction (12 mois) 30 000 €", "reconductible deux fois"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Impression", ccap,
                  L(res=1, base="L2113-13-1", env=1, mx=120000,
                    ev=["article L. 2113-13-1", "Montant maximum pour la période initiale : 60 000 € HT",
                        "chaque période de reconduction : 30 000 € HT", "reconductible deux fois",
                        "titulaire du label Imprim'Vert"]), hyphen=True),
        ],
        values=dict(heures_insertion=None, montant_estime_ht=81000, montant_max_ht=120000,
                    reserve_base="L2113-13-1", allotissement=0, nb_lots=None),
        pos=["marche_reserve", "clause_environnementale"],
        note="Maximum : 60 000 + 2 × 30 000 = 120 000 € HT. Estimation 81 000 (chiffre coupé en fin de ligne). Réservation pénitentiaire L2113-13-1.")


# ============================================================================= D18
@dossier
def d18():
    b = "Ville de Castelnoir"
    ctx = dict(buyer=b, tribunal="Castelnoir", nature="travaux")
    ref = "Accord-cadre n° VC-2028-EB"
    obj = "Travaux d'entretien et de petites réparations dans les bâtiments communaux"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet et lots"),
          ("p", "L'accord-cadre à bons de commande est décomposé en quatre lots : lot 1 – peinture et revêtements ; lot 2 – menuiserie et serrurerie ; lot 3 – plomberie et sanitaires ; lot 4 – électricité."),
          ("h", "2. Durée et montants"),
          ("p", "L'accord-cadre est conclu pour un an ; il est reconductible deux fois. Les montants maximum de chaque lot et de chaque année figurent à l'article 4 du CCAP."),
          ("h", "3. Clause d'insertion"),
          ("p", "Les lots 1, 2 et 4 comportent une clause d'insertion dont le volume est fixé par lot à l'article 9 du CCAP."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "validite"]) + [
          ("h", "8. Critères"),
          ("table", [["Critère", "Pondération"], ["Prix", "50 %"], ["Valeur technique", "40 %"],
                     ["Insertion professionnelle : qualité de l'accompagnement et du tutorat des personnes en insertion", "10 %"]],
           {"lines": True, "widths": [5, 1], "align": "lr"}),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref + " – Commun aux quatre lots"]),
            ("h", "Article 1 – Objet"),
            ("p", "Le présent CCAP est commun aux quatre lots de l'accord-cadre."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "L'accord-cadre prend effet le 1er janvier 2028 pour un an. Il est reconductible deux fois par période d'un an."),
            ("h", "Article 4 – Montants maximum annuels (€ HT)"),
            ("table", [["", "Année 1", "Année 2", "Année 3"],
                       ["Lot 1", "80 000", "80 000", "90 000"],
                       ["Lot 2", "60 000", "60 000", "60 000"],
                       ["Lot 3", "45 000", "50 000", "50 000"],
                       ["Lot 4", "55 000", "55 000", "60 000"]],
             {"lines": False, "widths": [2, 2, 2, 2], "align": "lrrr"}),
            ("p", "Les années 2 et 3 correspondent aux périodes de reconduction."),
            ] + with_bp(ctx, ["prix", "paiement"]) + [
            ("h", "Article 9 – Clause d'insertion"),
            ("p", "Volumes d'heures d'insertion pour la durée totale de l'accord-cadre, reconductions comprises :"),
            ("table", [["Lot", "Heures"], ["Lot 1", "200"], ["Lot 2", "150"], ["Lot 3", "sans objet"], ["Lot 4", "120"]],
             {"lines": True, "widths": [3, 2], "align": "lr"}),
            ] + with_bp(ctx, ["penalites", "garantie", "litiges"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref + " – Lot n° 1 : Peinture et revêtements"]),
          ("p", "Le présent acte d'engagement concerne le lot n° 1 (lot 1 sur 4)."),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Montant et engagements"),
          ("p", "Montant maximum du lot pour la durée totale (trois ans, reconductions comprises) : 250 000 € HT."),
          ("p", "Le titulaire s'engage à réaliser 200 heures d'insertion au profit de personnes éloignées de l'emploi, conformément à l'article 9 du CCAP."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d18_castelnoir_entretien_batiments", title=obj,
        pieces=[
            piece("RC.docx", "RC", H, "RC – Entretien des bâtiments", rc,
                  L(cs=1, ci=1, csoc=1, allot=1, nb=4,
                    ev=["décomposé en quatre lots", "Les lots 1, 2 et 4 comportent une clause d'insertion",
                        "Insertion professionnelle : qualité de l'accompagnement et du tutorat des personnes en insertion"])),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Entretien des bâtiments", ccap,
                  L(cs=1, ci=1, h=470, allot=1, nb=4, mx=745000,
                    ev=["Lot 1 80 000 80 000 90 000", "Lot 3 45 000 50 000 50 000", "reconductible deux fois",
                        "Lot 1 200", "Lot 2 150", "Lot 4 120", "commun aux quatre lots"])),
            piece("AE_lot1.docx", "AE", H, "AE lot 1 – Entretien des bâtiments", ae,
                  L(cs=1, ci=1, h=200, allot=1, nb=4, mx=250000,
                    ev=["lot 1 sur 4", "Montant maximum du lot pour la durée totale (trois ans, reconductions comprises) : 250 000 € HT",
                        "réaliser 200 heures d'insertion"])),
        ],
        values=dict(heures_insertion=470, montant_estime_ht=None, montant_max_ht=745000,
                    reserve_base=None, allotissement=1, nb_lots=4),
        pos=["clause_sociale", "clause_insertion", "critere_social"],
        note="Maximum : tableau lots × années sans traits ni total : lot 1 250 000 + lot 2 180 000 + lot 3 145 000 + lot 4 170 000 = 745 000 € HT. Heures : 200 + 150 + 120 = 470 (durée totale). AE lot 1 : 250 000 et 200 heures.")


# ============================================================================= D19
@dossier
def d19():
    b = "Syndicat mixte du Musée des Forges de Vauréal"
    ctx = dict(buyer=b, tribunal="Vauréal", nature="services")
    ref = "Marché n° MFV-2027-NET"
    obj = "Nettoyage des salles d'exposition et des réserves du musée"
    rc = [("title", [b, "RÈGLEMENT DE LA CONSULTATION", obj, ref]),
          ("h", "1. Objet"),
          ("p", "Le marché porte sur le nettoyage quotidien des salles d'exposition, des espaces d'accueil et des bureaux, ainsi que sur le dépoussiérage trimestriel des réserves. Le marché n'est pas alloti."),
          ("h", "2. Estimation"),
          ("p", "La solution de base est estimée à 265 000 € HT pour la durée du marché. La prestation supplémentaire éventuelle n° 1 (nettoyage des verrières et des vitrages en hauteur) est estimée à 18 500 € HT."),
          ("h", "3. Clause d'insertion"),
          ("p", "Le marché précédent a permis la réalisation de 900 heures d'insertion. Le présent marché comporte une clause d'insertion de 1 050 heures sur sa durée (article 7 du CCAP)."),
          ] + with_bp(ctx, ["candidature", "offre", "remise", "variantes", "validite"]) + [
          ("h", "8. Critères"),
          ("p", "Prix : 45 %. Valeur technique : 40 %. Performance en matière d'insertion professionnelle des publics en difficulté : 15 %."),
          ]
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée"),
            ("p", "Le marché est conclu pour une durée ferme de trois ans à compter du 1er septembre 2027."),
            ("h", "Article 7 – Clause d'insertion"),
            ("p", "Le titulaire réalise une action d'insertion professionnelle d'un volume de 350 heures par an, au bénéfice de demandeurs d'emploi de longue durée, de bénéficiaires de minima sociaux ou de jeunes de moins de vingt-six ans sans qualification."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites", "confidentialite", "resiliation", "litiges"])
    H = b + " – " + ref
    return dict(
        id="d19_vaureal_musee_nettoyage", title=obj,
        pieces=[
            piece("RC.pdf", "RC", H, "RC – Nettoyage du musée", rc,
                  L(cs=1, ci=1, h=1050, csoc=1, allot=0, est=283500,
                    ev=["Le marché n'est pas alloti", "La solution de base est estimée à 265 000 € HT",
                        "est estimée à 18 500 € HT", "clause d'insertion de 1 050 heures",
                        "Performance en matière d'insertion professionnelle des publics en difficulté : 15 %"]), hyphen=True),
            piece("CCAP.pdf", "CCAP", H, "CCAP – Nettoyage du musée", ccap,
                  L(cs=1, ci=1, h=1050,
                    ev=["un volume de 350 heures par an", "durée ferme de trois ans"]), hyphen=True),
        ],
        values=dict(heures_insertion=1050, montant_estime_ht=283500, montant_max_ht=None,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "critere_social"],
        note="Heures : 1 050 au RC = 350 × 3 ans fermes au CCAP ; les 900 heures sont celles du marché précédent. Estimation : 265 000 + 18 500 (PSE) = 283 500 € HT (doute : valeur estimée PSE comprise, aucun total énoncé).")


# ============================================================================= D20
@dossier
def d20():
    b = "Métropole de Cassagne"
    ctx = dict(buyer=b, tribunal="Cassagne", nature="travaux")
    ref = "Accord-cadre n° MC-2027-THD-12"
    obj = "Travaux de génie civil et de câblage pour le réseau très haut débit métropolitain"
    ccap = [("title", [b, "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", obj, ref]),
            ("h", "Article 1 – Objet et dévolution"),
            ("p", "L'accord-cadre porte sur les travaux de génie civil, de tirage de câbles et de raccordement du réseau très haut débit de la Métropole. L'accord-cadre n'est pas alloti. Les « lots » techniques décrits au CCTP désignent des familles de prestations et ne constituent pas des lots au sens de l'article L. 2113-10 du code de la commande publique."),
            ] + with_bp(ctx, ["pieces"]) + [
            ("h", "Article 3 – Durée et montants"),
            ("p", "L'accord-cadre est conclu pour un an à compter de sa notification. Il est reconductible trois fois par période d'un an. Son montant maximum annuel est de 1,8 M€ HT."),
            ("h", "Article 8 – Clause d'insertion"),
            ("p", "Le nombre d'heures de main-d'œuvre est estimé à 120 000 heures sur la durée maximale de l'accord-cadre ; le titulaire en consacre 3 % à l'insertion professionnelle de personnes éloignées de l'emploi."),
            ("h", "Article 9 – Matériaux et engins"),
            ("p", "Les matériaux extraits des tranchées sont réemployés en remblai lorsque leur nature le permet. Les engins de chantier affectés au marché sont conformes à la phase V de la réglementation européenne sur les émissions des engins mobiles non routiers."),
            ] + with_bp(ctx, ["prix", "paiement", "penalites", "litiges"])
    cctp = [("title", [b, "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES", obj, ref]),
            ] + with_bp(ctx, ["generalites_cctp"]) + [
            ("h", "Lot technique 1 – Génie civil"),
            ("p", "Tranchées sous chaussée et sous trottoir, pose de fourreaux PEHD de diamètre 45 mm, chambres de tirage L2T et L3T, réfection provisoire puis définitive des revêtements."),
            ("h", "Lot technique 2 – Tirage et soufflage de câbles"),
            ("p", "Tirage ou soufflage de câbles à fibres optiques de 12 à 288 fibres, lovage en chambre, étiquetage normalisé."),
            ("h", "Lot technique 3 – Raccordements et mesures"),
            ("p", "Épissurage par fusion, mesures réflectométriques bidirectionnelles et remise des dossiers des ouvrages exécutés."),
            ("h", "Personnel"),
            ("p", "Le personnel intervenant à proximité des réseaux électriques est titulaire d'une habilitation électrique obtenue après une formation de 21 heures."),
            ] + with_bp(ctx, ["normes", "rapports"])
    ae = [("title", [b, "ACTE D'ENGAGEMENT", obj, ref]),
          ] + with_bp(ctx, ["identification", "contractant"]) + [
          ("h", "Montant et durée"),
          ("p", "Montant maximum annuel de l'accord-cadre : 1 800 000 € HT. L'accord-cadre est conclu pour un an et peut être reconduit trois fois (article 3 du CCAP)."),
          ] + with_bp(ctx, ["compte", "signature"])
    H = b + " – " + ref
    return dict(
        id="d20_cassagne_tres_haut_debit", title=obj,
        pieces=[
            piece("CCAP.docx", "CCAP", H, "CCAP – Très haut débit", ccap,
                  L(cs=1, ci=1, h=3600, env=1, allot=0, mx=7200000,
                    ev=["L'accord-cadre n'est pas alloti", "Son montant maximum annuel est de 1,8 M€ HT",
                        "reconductible trois fois", "estimé à 120 000 heures", "en consacre 3 % à l'insertion",
                        "conformes à la phase V"])),
            piece("CCTP.pdf", "CCTP", H, "CCTP – Très haut débit", cctp, L(), hyphen=True),
            piece("AE.pdf", "AE", H, "AE – Très haut débit", ae,
                  L(mx=7200000, ev=["Montant maximum annuel de l'accord-cadre : 1 800 000 € HT", "peut être reconduit trois fois"])),
        ],
        values=dict(heures_insertion=3600, montant_estime_ht=None, montant_max_ht=7200000,
                    reserve_base=None, allotissement=0, nb_lots=None),
        pos=["clause_sociale", "clause_insertion", "clause_environnementale"],
        note="Le CCTP parle de trois « lots techniques » (pièce muette : vide) ; le CCAP dit non alloti (0). Maximum : 1,8 M€/an × 4 = 7 200 000 € HT. Heures : 3 % × 120 000 = 3 600. 21 heures de formation ≠ insertion.")


# ----------------------------------------------------------------------------- sortie
FILLERS = ["assurances", "soustraitance", "confidentialite", "rapports", "verifications",
           "resiliation", "questions", "litiges"]


def _fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def _headings(blocks):
    return {b[1] for b in blocks if b[0] in ("h", "h2")}


def build_piece(folder, p, ctx_buyer):
    path = os.path.join(folder, p["file"])
    blocks = list(p["blocks"])
    if p["file"].endswith(".pdf"):
        ctx = dict(buyer=ctx_buyer)
        i = 0
        while True:
            lay = PdfLayout(p["header"], p["footer"], p["hyphen"])
            for b in blocks:
                lay.block(b)
            n = len([x for x in lay.pages if x])
            if n >= 2 or i >= len(FILLERS):
                break
            extra = bp(FILLERS[i], ctx)
            if extra[0][1] not in _headings(blocks):
                blocks.extend(extra)
            i += 1
        n = build_pdf(path, p["header"], p["footer"], blocks, p["hyphen"])
    elif p["file"].endswith(".docx"):
        build_docx(path, p["header"], p["footer"], blocks)
        n = None
    else:
        build_txt(path, blocks)
        n = None
    p["final_blocks"] = blocks
    return n



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
    for f in DOSSIERS:
        d = f()
        folder = os.path.join(OUT, d["id"])
        os.makedirs(folder)
        buyer = d["pieces"][0]["header"].split(" – ")[0]
        for p in d["pieces"]:
            n = build_piece(folder, p, buyer)
            if n is not None and not (2 <= n <= 4):
                problems.append("%s/%s : %d pages" % (d["id"], p["file"], n))
            lab = dict(p["label"])
            txt = plain_text(p["final_blocks"])
            for q in lab["evidence"]:
                if q.replace(NB, " ") not in txt:
                    problems.append("%s/%s : preuve absente : %r" % (d["id"], p["file"], q))
            ev = " | ".join(lab["evidence"])
            if len(ev) > 300:
                problems.append("%s/%s : preuve trop longue (%d)" % (d["id"], p["file"], len(ev)))
            row = {"path": d["id"] + "/" + p["file"], "doc_type": p["doc_type"]}
            for c in COLUMNS[2:-1]:
                row[c] = _fmt(lab[c])
            row["evidence"] = ev
            rows.append(row)
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
    head = ("# Jeu blind_values_3 : valeurs attendues pour chaque dossier ENTIER (toutes pièces réunies).\n"
            "# Écrit par make_documents.py (données saisies à la main dans ce script).\n"
            "# pos : catégories présentes dans au moins une pièce (les autres sont absentes).\n"
            "# values : heures comptées une seule fois pour le dossier ; maximum sur toutes les périodes et tous les lots.\n")
    with open(os.path.join(HERE, "dossiers.yml"), "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump({"dossiers": dossiers_yml}, fh, allow_unicode=True, sort_keys=False, width=110)
    print("%d dossiers, %d pièces" % (len(dossiers_yml), len(rows)))
    for pr in problems:
        print("PROBLÈME :", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
