"""Other facts of a consultation: procedure, buyer, object, CPV, dates and the requirements
that weigh on a small firm (turnover, references, certifications, advance, guarantee...)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from clausecheck.extraction.identity import find_buyer, find_object, is_blank_form
from clausecheck.extraction.numbers import find_amounts, parse_number, small_number
from clausecheck.extraction.structured import Field
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document, Evidence
from clausecheck.results import CpvCode, Fact, FactValue, ProcedureFact, ReferencesFact, Requirements

# literal anchors (searched in the lower-cased text) around which the costly patterns run
A_PROC = re.compile(r"proc[ée]dure|mapa|appel d|dialogue|concours|sans publicit")
A_NATURE = re.compile(r"type de march|nature du march|catégorie du march|categorie du march")
A_PUB = re.compile(r"publi|parution|a été envoy|date d['’]envoi|mise en ligne|lancement|lancée")
A_DEADLINE = re.compile(r"limite|remise des|réception des|clot|clôt|deadline")
A_TURNOVER = re.compile(r"chiffre d")
A_REFS = re.compile(r"référence|réalisation|attestations? de bonne|principa")
A_CERT = re.compile(r"iso|qualibat|qualifelec|mase|opq|rge|certibat|apsad|cnaps|qualipv|ecocert|nf env|qualipaysage")
A_INSURANCE = re.compile(r"assurance")
A_GROUP = re.compile(r"groupement")
A_LOT = re.compile(r"lot")
A_VARIANT = re.compile(r"variante")
A_ADVANCE = re.compile(r"avance")
A_RETENUE = re.compile(r"retenue")
A_PAYMENT = re.compile(r"paiement|règlement|payé|payée|réglé|mandaté")
A_VISIT = re.compile(r"visite")

MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
_MONTH_ALT = "|".join(MONTHS)
DATE_RE = re.compile(
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4}|\d{2})\b"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<td>\d{1,2})(?:\s?(?:er|\.?e\.?r\.?))?\s+(?P<tm>" + _MONTH_ALT + r")\s+(?P<ty>\d{4})",
    re.IGNORECASE,
)


def parse_date(text: str) -> date | None:
    m = DATE_RE.search(text)
    if m is None:
        compact = re.search(r"\b(20\d{2})(\d{2})(\d{2})\b", text)
        if compact:
            try:
                return date(int(compact.group(1)), int(compact.group(2)), int(compact.group(3)))
            except ValueError:
                return None
        return None
    try:
        if m.group("d"):
            y = int(m.group("y"))
            y = y + 2000 if y < 100 else y
            return date(y, int(m.group("m")), int(m.group("d")))
        if m.group("iy"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return date(int(m.group("ty")), MONTHS[m.group("tm").lower()], int(m.group("td")))
    except (ValueError, KeyError):
        return None


Ev = Callable[[int, int], Evidence]


def _line_after(text: str, end: int, limit: int = 200) -> tuple[str, int, int]:
    s = end
    while s < len(text) and text[s] in " :\t-–":
        s += 1
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    e = min(e, s + limit)
    return text[s:e].strip(), s, e


def _fact(value: FactValue, spans: list[tuple[int, int]], ev: Ev, **extra: Any) -> Fact:
    return Fact(value, [ev(a, b) for a, b in spans[:3]], **extra)


# ---------------------------------------------------------------- procedure
PROC_RE = re.compile(
    r"proc[ée]dure\s+adapt[ée]e|\bmapa\b|appel\s+d['’]\s?offres?\s+ouvert|proc[ée]dure\s+ouverte|"
    r"appel\s+d['’]\s?offres?\s+restreint|proc[ée]dure\s+restreinte|proc[ée]dure\s+n[ée]goci[ée]e|"
    r"proc[ée]dure\s+concurrentielle\s+avec\s+n[ée]gociation|dialogue\s+comp[ée]titif|"
    r"(?:proc[ée]dure\s+de\s+)?concours\s+(?:restreint|ouvert|de\s+ma[iî]trise\s+d)|"
    r"march[ée]\s+(?:négocié\s+)?sans\s+publicit[ée]",
    re.IGNORECASE,
)
_PROC_TYPES = (
    (re.compile(r"adapt|mapa", re.I), "adaptee", "procédure adaptée"),
    (re.compile(r"ouvert", re.I), "ouverte", "appel d'offres ouvert"),
    (re.compile(r"restreint", re.I), "restreinte", "appel d'offres restreint"),
    (re.compile(r"concurrentielle", re.I), "negociee", "procédure concurrentielle avec négociation"),
    (re.compile(r"n[ée]goci", re.I), "negociee", "procédure négociée"),
    (re.compile(r"dialogue", re.I), "dialogue", "dialogue compétitif"),
    (re.compile(r"concours", re.I), "concours", "concours"),
    (re.compile(r"sans\s+publicit", re.I), "sans_publicite", "marché sans publicité ni mise en concurrence"),
)
NATURE_RE = re.compile(
    r"(?:type\s+de\s+march[ée]|nature\s+du\s+march[ée]|cat[ée]gorie\s+du\s+march[ée])\s*:?\s*\n?\s*(?P<n>travaux|fournitures?|services?)",
    re.IGNORECASE,
)
_XML_PROC = {
    "PT_OPEN": ("ouverte", "appel d'offres ouvert"), "PT_RESTRICTED": ("restreinte", "appel d'offres restreint"),
    "PT_COMPETITIVE_NEGOTIATION": ("negociee", "procédure concurrentielle avec négociation"),
    "PT_COMPETITIVE_DIALOGUE": ("dialogue", "dialogue compétitif"),
    "PT_NEGOTIATED_WITHOUT_PUBLICATION": ("sans_publicite", "procédure négociée sans publicité"),
    "PT_AWARD_CONTRACT_WITHOUT_CALL": ("sans_publicite", "attribution sans mise en concurrence préalable"),
    "open": ("ouverte", "appel d'offres ouvert"), "restricted": ("restreinte", "appel d'offres restreint"),
    "neg-w-call": ("negociee", "procédure négociée avec mise en concurrence"),
    "neg-wo-call": ("sans_publicite", "procédure négociée sans mise en concurrence"),
    "comp-dial": ("dialogue", "dialogue compétitif"), "comp-tend": ("negociee", "procédure concurrentielle"),
    "ADAPTE": ("adaptee", "procédure adaptée"), "OUVERT": ("ouverte", "appel d'offres ouvert"),
    "RESTREINT": ("restreinte", "appel d'offres restreint"), "NEGOCIE": ("negociee", "procédure négociée"),
    "PROCEDURE_ADAPTE": ("adaptee", "procédure adaptée"), "DIALOGUE_COMPETITIF": ("dialogue", "dialogue compétitif"),
    "CONCOURS": ("concours", "concours"), "PROCEDURE_NEGOCIEE": ("negociee", "procédure négociée"),
    "PT_NEGOTIATED_WITH_PRIOR_CALL": ("negociee", "procédure négociée avec mise en concurrence préalable"),
    "PT_NEGOTIATED_WITH_COMPETITION": ("negociee", "procédure négociée avec mise en concurrence préalable"),
    "PT_INNOVATION_PARTNERSHIP": ("negociee", "partenariat d'innovation"),
    "PT_AWARD_CONTRACT_WITH_PRIOR_PUBLICATION": ("autre", "attribution avec publication préalable (concession)"),
    "PT_AWARD_CONTRACT_WITHOUT_PUBLICATION": ("sans_publicite", "attribution sans publication préalable"),
}
_XML_NATURE = {"SERVICE": "services", "SERVICES": "services", "TRAVAUX": "travaux", "WORKS": "travaux",
               "FOURNITURES": "fournitures", "SUPPLIES": "fournitures", "services": "services", "works": "travaux",
               "supplies": "fournitures"}


# a labelled procedure (« Type de procédure : Procédure adaptée », « Mode de passation Procédure adaptée ») beats
# a mere mention; a mention of what the buyer *may* do later (« peut recourir à une procédure négociée sans
# publicité » for similar services, R2122-7) is not the procedure of this consultation
PROC_LABEL_RE = re.compile(r"(?:type\s+de\s+proc[ée]dure|mode\s+de\s+passation|proc[ée]dure(?:\s+de\s+passation)?)\s*:?\s*$",
                           re.IGNORECASE)
_PROC_HYPOTHETICAL = re.compile(r"(?:recourir|recours|pourr[ao]i?t?|possibilit[ée]|peut|peuvent|ult[ée]rieurement|le\s+cas\s+[ée]ch[ée]ant|"
                                r"en\s+cas\s+d|si\s+|lorsque|conform[ée]ment\s+à\s+l['’]article\s+R\.?\s?2122)[^.\n]{0,60}$",
                                re.IGNORECASE)


def _procedure_mention(scan: Scanner) -> re.Match[str] | None:
    text = scan.text
    if is_blank_form(text):
        return None
    first = None
    for m in scan.finditer(PROC_RE, A_PROC, 40, 60):
        ls = max(0, m.start() - 80)
        before = text[ls:m.start()]
        if PROC_LABEL_RE.search(before.replace("\n", " ")[-40:]):
            return m
        if first is None and not _PROC_HYPOTHETICAL.search(before):
            first = m
    return first


def procedure(doc: Document, scan: Scanner, fields: list[Field], ev: Ev) -> ProcedureFact | None:
    ptype = label = nature = None
    spans: list[tuple[int, int]] = []
    for f in fields:
        last = f.names[-1]
        if ptype is None and "PROCEDURE" in f.names:  # TED PROCEDURE/…/PT_X/…, BOAMP TYPE_PROCEDURE/X
            pt = next((n for n in f.names if n.startswith("PT_") and n in _XML_PROC), None)
            if pt is None and "TYPE_PROCEDURE" in f.names and last in _XML_PROC:
                pt = last
            if pt is not None:
                ptype, label = _XML_PROC[pt]
                spans.append((f.start, f.end))
        if ptype is None and (last in _XML_PROC or (last.startswith("PT_") and last in _XML_PROC)):
            ptype, label = _XML_PROC[last]
            spans.append((f.start, f.end))
        if ptype is None and "PROCEDURE" in f.names and last in _XML_PROC:
            ptype, label = _XML_PROC[last]
            spans.append((f.start, f.end))
        if ptype is None and last == "ProcedureCode" and f.text in _XML_PROC:
            ptype, label = _XML_PROC[f.text]
            spans.append((f.start, f.end))
        if nature is None:
            if "TYPE_MARCHE" in f.names and last in _XML_NATURE:
                nature = _XML_NATURE[last]
            elif last == "TYPE_CONTRACT" and f.attributes.get("CTYPE") in _XML_NATURE:
                nature = _XML_NATURE[f.attributes["CTYPE"]]
            elif last == "ProcurementTypeCode" and f.text in _XML_NATURE:
                nature = _XML_NATURE[f.text]
    if ptype is None:
        m = _procedure_mention(scan)
        if m:
            for rx, code, lab in _PROC_TYPES:
                if rx.search(m.group()):
                    ptype, label = code, lab
                    break
            spans.append(scan.span(*m.span()))
    if nature is None:
        m = scan.search(NATURE_RE, A_NATURE, 5, 40)
        if m:
            n = m.group("n").lower()
            nature = "travaux" if n.startswith("trav") else "fournitures" if n.startswith("fourn") else "services"
            spans.append(scan.span(*m.span()))
        else:
            low = scan.low[:20000]
            if re.search(r"\btravaux\b", low) and not re.search(r"\b(?:fournitures?|prestations?\s+de\s+services?)\b", low):
                nature = "travaux"
    if ptype is None and nature is None:
        return None
    return ProcedureFact(ptype, label, nature, [ev(a, b) for a, b in spans[:3]])


# ---------------------------------------------------------------- buyer / object
def _first_field(fields: list[Field], names: tuple[str, ...], under: tuple[str, ...] = (),
                 not_under: tuple[str, ...] = ()) -> Field | None:
    """The first field named like the first of `names` that has one, then the second…"""
    for name in names:
        for f in fields:
            if f.names[-1] == name and f.text and (not under or any(u in f.names for u in under)) \
                    and not any(u in f.names for u in not_under):
                return f
    return None


_NOT_BUYER = ("CONTRACTOR", "ADDRESS_CONTRACTOR", "ADDRESS_REVIEW_BODY", "ADDRESS_MEDIATION_BODY", "REVIEW_BODY",
              "ADDRESS_FURTHER_INFO", "ADDRESS_PARTICIPATION", "TITULAIRE", "ATTRIBUTAIRE", "ORGANISME_RECOURS",
              "INSTANCE_RECOURS", "RENSEIGNEMENTS_COMPLEMENTAIRES")


def _eforms_buyer(fields: list[Field]) -> Field | None:
    """eForms: the Organization whose id is the ContractingParty's (the first one otherwise)."""
    buyer_id = next((f.text for f in fields if "ContractingParty" in f.names and f.names[-1] == "ID" and f.text), None)
    current_id = None
    first = None
    for f in fields:
        if "Organization" not in f.names:
            continue
        if f.names[-1] == "ID" and "PartyIdentification" in f.names:
            current_id = f.text
        elif f.names[-1] == "Name" and "PartyName" in f.names and f.text:
            if buyer_id is not None and current_id == buyer_id:
                return f
            first = first or f
    return first


def buyer_and_object(scan: Scanner, fields: list[Field], ev: Ev) -> tuple[Fact | None, Fact | None]:
    buyer = obj = None
    if fields:
        f = _first_field(fields, ("DENOMINATION", "OFFICIALNAME"), not_under=_NOT_BUYER)
        if f is None:
            f = _eforms_buyer(fields)
        if f is not None:
            buyer = _fact(" ".join(f.text.split()), [(f.start, f.end)], ev)
        f = _first_field(fields, ("TITRE_MARCHE", "OBJET_COMPLET"))
        if f is None:  # TED: OBJECT_CONTRACT/TITLE/P
            f = next((g for g in fields if g.text and g.names[-1] in ("TITLE", "P") and "TITLE" in g.names[-2:]
                      and "OBJECT_CONTRACT" in g.names), None)
        if f is None:
            f = next((g for g in fields if g.names[-1] == "Name" and g.names[-2:-1] == ["ProcurementProject"]
                      and "ProcurementProjectLot" not in g.names and g.text), None)
        if f is None:
            f = next((g for g in fields if g.names[-1] == "Name" and "ProcurementProject" in g.names and g.text), None)
        if f is not None:
            obj = _fact(" ".join(f.text.split()), [(f.start, f.end)], ev)
    if buyer is None:
        found = find_buyer(scan)
        if found:
            v, s, e = found
            buyer = _fact(v, [scan.span(s, e)], ev)
    if obj is None:
        found = find_object(scan)
        if found:
            v, s, e = found
            obj = _fact(v, [scan.span(s, e)], ev)
    return buyer, obj


# ---------------------------------------------------------------- CPV
CPV_RE = re.compile(r"\b(\d{8})(?:-\d)?\b")
CPV_ANCHOR = re.compile(r"cpv|descripteur|classification")


def cpv_codes(scan: Scanner, fields: list[Field], ev: Ev) -> list[CpvCode]:
    out: dict[str, tuple[int, int]] = {}
    for f in fields:
        last = f.names[-1]
        code = f.attributes.get("CODE") if last in ("CPV_CODE", "CPV_SUPPLEMENTARY_CODE") else None
        if code is None and last in ("ItemClassificationCode", "CPV", "CODE_CPV", "PRINCIPAL", "SUPPLEMENTAIRE"):
            code = f.text
        if code and re.fullmatch(r"\d{8}(?:-\d)?", code.strip()):
            out.setdefault(code.strip()[:8], (f.start, f.end))
    if not out:
        for s, e in scan.windows(CPV_ANCHOR, 0, 160):
            for m in CPV_RE.finditer(scan.text, s, e):
                if m.group(1)[:2] in ("03", "09", "14", "15", "16", "18", "19") or m.group(1)[0] in "34567891":
                    out.setdefault(m.group(1), scan.span(*m.span()))
    return [CpvCode(code, [ev(a, b)]) for code, (a, b) in list(out.items())[:20]]


# ---------------------------------------------------------------- dates
PUB_RE = re.compile(
    r"(?:publi[ée]e?\s+(?:au\s+(?:JOUE|BOAMP|JOUE?|journal\s+officiel\S*)\s+)?le|date\s+d['’]envoi\s+du\s+présent\s+avis(?:\s+à\s+la\s+publication)?|"
    r"date\s+de\s+publication|date\s+de\s+parution|publication\s+date|"
    r"date\s+d['’]envoi\s+(?:de\s+l['’]avis|à\s+la\s+publication|de\s+la\s+consultation)(?:\s+à\s+la\s+publication)?|"
    r"date\s+de\s+mise\s+en\s+ligne|avis\s+(?:de\s+march[ée]\s+)?a\s+[ée]t[ée]\s+envoy[ée]\s+le|"
    r"date\s+de\s+lancement(?:\s+de\s+la\s+consultation)?|consultation\s+lancée\s+le)\s*:?\s*",
    re.IGNORECASE,
)
DEADLINE_RE = re.compile(
    r"date\s+(?:et\s+heure\s+)?limites?\s+(?:de\s+|d['’]\s?)?(?:réception|remise|dépôts?|envoi)\s+des\s+(?:offres|plis|candidatures|projets|"
    r"demandes\s+de\s+participation)(?:\s+ou\s+des\s+demandes\s+de\s+participation)?\s*"
    r"|date\s+(?:et\s+heure\s+)?limites?\s+de\s+r[ée]ponse\s*|date\s+de\s+cl[ôo\ufffd]t[uû\ufffd]re\s*|^[ \t]*DT\s+Deadline\s*|"
    r"(?:remise|réception)\s+des\s+(?:offres|plis)\s+(?:au\s+plus\s+tard\s+)?(?:le|avant\s+le)\s*",
    re.IGNORECASE | re.MULTILINE,
)
# structured fields, best first
_XML_PUB = ("DATE_PUBLICATION", "DATE_PUB", "PublicationDate", "DATE_ENVOI", "DS_DATE_DISPATCH", "DATE_DISPATCH_NOTICE",
            "IssueDate")
_XML_DEADLINE = ("RECEPT_OFFRES", "DATE_RECEIPT_TENDERS", "DATE_LIMITE_REPONSE")
# a date after a label, on the same line or the next one (« Date limite … :\n18/09/2020 12:00 »)
_AFTER_LABEL = 160
_LEAD_RE = re.compile(r"[\s:\-–*]*(?:date\s*:?\s*)?(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?",
                      re.IGNORECASE)


def _date_after(text: str, end: int) -> tuple[Any, int] | None:
    window = text[end:end + _AFTER_LABEL]
    nl = [i for i, ch in enumerate(window) if ch == "\n"]
    if len(nl) >= 2:  # no further than the next line
        window = window[:nl[1]]
    for dm in DATE_RE.finditer(window):
        between = window[:dm.start()]
        if "\n" in between and not _LEAD_RE.fullmatch(between.split("\n", 1)[1]):
            break  # on the next line, the date must open it
        d = parse_date(dm.group())
        if d and 1990 < d.year < 2100:
            return d, end + dm.end()
    return None


def dates(scan: Scanner, fields: list[Field], ev: Ev) -> tuple[Fact | None, Fact | None]:
    pub = deadline = None
    for name in _XML_PUB:
        for f in fields:
            # eForms: the notice's own IssueDate (ContractAwardNotice/IssueDate), not a contract's
            if f.names[-1] == name and f.text and (name != "IssueDate" or len(f.names) == 2):
                d = parse_date(f.text)
                if d:
                    pub = _fact(d.isoformat(), [(f.start, f.end)], ev)
                    break
        if pub is not None:
            break
    for f in fields:
        last = f.names[-1]
        if deadline is None and (last in _XML_DEADLINE or (last == "EndDate" and "TenderSubmissionDeadlinePeriod" in f.names)) and f.text:
            d = parse_date(f.text)
            if d:
                deadline = _fact(d.isoformat(), [(f.start, f.end)], ev)
    text = scan.text
    if pub is None and not fields:
        for m in scan.finditer(PUB_RE, A_PUB, 8, 70):
            got = _date_after(text, m.end())
            if got:
                pub = _fact(got[0].isoformat(), [scan.span(m.start(), got[1])], ev)
                break
    if deadline is None and not fields:
        for m in scan.finditer(DEADLINE_RE, A_DEADLINE, 25, 90):
            got = _date_after(text, m.end())
            if got:
                deadline = _fact(got[0].isoformat(), [scan.span(m.start(), got[1])], ev)
                break
    return pub, deadline


# ---------------------------------------------------------------- requirements
TURNOVER_RE = re.compile(r"chiffre\s+d['’]\s?affaires", re.IGNORECASE)
REFERENCES_RE = re.compile(
    r"(?:(?P<n>\d{1,2}|deux|trois|quatre|cinq|six)\s+(?:références|réalisations|attestations\s+de\s+bonne\s+exécution))"
    r"|(?:liste\s+des\s+principa(?:les|ux)\s+(?:fournitures|services|travaux|prestations|références))"
    r"|(?:références\s+(?:similaires|de\s+moins|équivalentes|pour\s+des\s+prestations|de\s+(?:travaux|prestations|"
    r"services|fournitures|chantiers)\s+(?:de\s+nature|similaires|équivalent|comparables|analogues)))"
    r"|(?:attestations?\s+de\s+bonne\s+exécution)",
    re.IGNORECASE,
)
CERT_RE = re.compile(
    r"\bISO\s?(?:9001|14001|45001|27001|50001|26000)\b|\bQualibat\b|\bQualifelec\b|\bMASE\b|\bOPQIBI\b|\bOPQTECC\b|"
    r"\bRGE\b|\bCertibat\b|\bAPSAD\b|\bCNAPS\b|\bQualiPV\b|\bEcocert\b|\bNF\s+Environnement\b|\bQualipaysage\b",
)
INSURANCE_RE = re.compile(r"assurances?\s+(?:de\s+)?(?:responsabilit[ée]\s+civile|rc\s+pro|d[ée]cennale|professionnelle)",
                          re.IGNORECASE)
GROUP_RE = re.compile(
    r"groupement\s+(?P<f>solidaire|conjoint)(?:\s+(?:avec\s+)?mandataire\s+solidaire)?|(?P<free>aucune\s+forme\s+de\s+groupement\s+n['’]est\s+impos[ée]e)",
    re.IGNORECASE)
MAXLOTS_RE = re.compile(
    r"(?:nombre\s+maximal\s+de\s+lots[^:\n]{0,80}:\s*(?P<a>\d{1,2}))"
    r"|(?:(?:ne\s+(?:peut|pourra)\s+(?:être\s+attributaire|se\s+voir\s+attribuer|remporter)\s+(?:que\s+)?|limité\s+à\s+|au\s+maximum\s+)"
    r"(?P<b>\d{1,2}|un|deux|trois|quatre|cinq)\s+lots?)",
    re.IGNORECASE)
VARIANTS_RE = re.compile(
    r"variantes?\s+(?:seront\s+|sont\s+)?prises?\s+en\s+consid[ée]ration\s*:?\s*(?P<yn>oui|non)|"
    r"(?P<refus>refus\s+des\s+variantes|pas\s+de\s+variantes?|aucune\s+variante|variantes?\s*:\s*(?:non|sans|interdites?|refus[ée]es)\b|"
    r"variantes?\s+(?:sans|interdites?)\b|"
    r"variantes?\b[^.\n]{0,60}?\b(?:ne\s+(?:sont|seront)\s+pas|non)\s+(?:autoris[ée]es|admises|accept[ée]es|prises?\s+en\s+(?:compte|consid[ée]ration)))"
    r"|(?P<ok>variantes?\s*:\s*(?:oui|avec|autoris[ée]es|admises|accept[ée]es)\b|variantes?\s+avec\b|"
    r"variantes?\b[^.\n]{0,60}?\b(?:sont|seront)\s+(?:autoris[ée]es|admises|accept[ée]es))",
    re.IGNORECASE)
ADVANCE_RE = re.compile(r"\bavance\b[^.\n]{0,160}?(?P<p>\d{1,2}(?:[,.]\d+)?)\s?%", re.IGNORECASE)
NO_ADVANCE_RE = re.compile(r"(?:pas\s+d['’]\s?avance|aucune\s+avance|avance\s*:\s*non|renonce\s+à\s+l['’]avance|"
                           r"n['’]\s?est\s+pas\s+prévu\s+d['’]\s?avance)", re.IGNORECASE)
RETENUE_RE = re.compile(r"retenue\s+de\s+garantie[^.\n]{0,120}?(?P<p>\d{1,2}(?:[,.]\d+)?)\s?%", re.IGNORECASE)
NO_RETENUE_RE = re.compile(r"(?:pas\s+de|aucune)\s+retenue\s+de\s+garantie|retenue\s+de\s+garantie\s*:\s*(?:non|sans\s+objet|néant)",
                           re.IGNORECASE)
_DAYS = r"(?P<d>\d{2,3}|trente|quarante-cinq|quarante|soixante|cinquante|vingt)\s+(?:\(\s*\d{2,3}\s*\)\s+)?jours"
PAYMENT_RE = re.compile(
    r"(?:délai\s+(?:global\s+)?(?:maximum\s+|maximal\s+)?de\s+(?:paiement|règlement)|"
    r"(?:pay[ée]e?s?|réglée?s?|mandatée?s?)\s+dans\s+un\s+délai\s+(?:global\s+)?(?:maximum\s+|maximal\s+)?(?:de\s+paiement\s+)?de)"
    r"[^.\n]{0,60}?" + _DAYS, re.IGNORECASE)
_DAY_WORDS = {"vingt": 20, "trente": 30, "quarante": 40, "quarante-cinq": 45, "cinquante": 50, "soixante": 60}
VISIT_RE = re.compile(r"visites?\s+(?:(?:du\s+site|des\s+lieux|de\s+site|sur\s+site|des\s+sites|préalable|des\s+locaux|"
                      r"des\s+installations|des\s+bâtiments)\b[^.\n]{0,60}?|(?=obligatoire|facultative))"
                      r"(?P<v>obligatoire|facultative|conseillée|recommandée|n['’]est\s+pas\s+obligatoire)", re.IGNORECASE)


def requirements(scan: Scanner, ev: Ev) -> Requirements:
    text = scan.text
    low = scan.low
    out = Requirements()
    m: re.Match[str] | None
    # minimum turnover: an amount, or a multiple of the contract value, near « chiffre d'affaires »
    for m in scan.finditer(TURNOVER_RE, A_TURNOVER, 2, 30):
        window_end = min(len(text), m.end() + 220)
        window = low[m.start():window_end]
        if not re.search(r"minim|au\s+moins|supérieur|égal|exig|requis|niveau", window):
            continue
        amounts = [a for a in find_amounts(text, m.end(), window_end) if a.tax != "TTC" and a.value >= 1000]
        if amounts:
            a = amounts[0]
            out.min_turnover = _fact(a.value, [scan.span(m.start(), a.end)], ev, unit="EUR")
            break
        mult = re.search(r"(?P<x>\d(?:[,.]\d)?|deux|trois)\s*(?:fois|x)\s+(?:le\s+)?(?:montant|la\s+valeur)", window)
        if mult:
            x = parse_number(mult.group("x")) or small_number(mult.group("x"))
            out.min_turnover = _fact(None, [scan.span(m.start(), m.start() + mult.end())], ev, multiple=x)
            break
    m = scan.search(REFERENCES_RE, A_REFS, 20, 40)
    if m:
        n = small_number(m.group("n")) if m.group("n") else None
        out.references = ReferencesFact(True, [ev(*scan.span(*m.span()))], count=n)
    certs: dict[str, tuple[int, int]] = {}
    for m in scan.finditer(CERT_RE, A_CERT, 3, 20):
        certs.setdefault(re.sub(r"\s+", " ", m.group()), m.span())
    out.certifications = [Fact(k, [ev(*scan.span(*v))]) for k, v in list(certs.items())[:10]]
    m = scan.search(INSURANCE_RE, A_INSURANCE, 2, 60)
    if m:
        out.insurance = _fact(" ".join(m.group().split()), [scan.span(*m.span())], ev)
    m = scan.search(GROUP_RE, A_GROUP, 50, 80)
    if m:
        form = "libre" if m.group("free") else m.group("f").lower()
        out.groupement_form = _fact(form, [scan.span(*m.span())], ev)
    m = scan.search(MAXLOTS_RE, A_LOT, 120, 30)
    if m:
        n = small_number(m.group("a") or m.group("b") or "")
        if n:
            out.max_lots_per_bidder = _fact(n, [scan.span(*m.span())], ev)
    m = scan.search(VARIANTS_RE, A_VARIANT, 40, 80)
    if m:
        v = False if m.group("refus") else True if m.group("ok") else m.group("yn").lower() == "oui"
        out.variants = _fact(v, [scan.span(*m.span())], ev)
    for m in scan.finditer(ADVANCE_RE, A_ADVANCE, 2, 180):
        pct = parse_number(m.group("p"))
        if pct is None or not (0 < pct <= 60):
            continue
        around = low[max(0, m.start() - 60):m.end()]
        key = "advance_rate_sme" if re.search(r"\bpme\b|petites\s+et\s+moyennes", around) else "advance_rate"
        if getattr(out, key) is None:
            setattr(out, key, _fact(pct, [scan.span(*m.span())], ev, unit="%"))
    if out.advance_rate is None:
        m = scan.search(NO_ADVANCE_RE, A_ADVANCE, 40, 20)
        if m:
            out.advance_rate = _fact(0.0, [scan.span(*m.span())], ev, unit="%")
    m = scan.search(RETENUE_RE, A_RETENUE, 2, 140)
    if m:
        out.retenue_garantie = _fact(parse_number(m.group("p")), [scan.span(*m.span())], ev, unit="%")
    else:
        m = scan.search(NO_RETENUE_RE, A_RETENUE, 20, 60)
        if m:
            out.retenue_garantie = _fact(0.0, [scan.span(*m.span())], ev, unit="%")
    m = scan.search(PAYMENT_RE, A_PAYMENT, 40, 110)
    if m:
        d = m.group("d").lower()
        out.payment_delay_days = _fact(_DAY_WORDS.get(d) or int(d), [scan.span(*m.span())], ev)
    m = scan.search(VISIT_RE, A_VISIT, 2, 130)
    if m:
        out.site_visit_mandatory = _fact(m.group("v").lower() == "obligatoire", [scan.span(*m.span())], ev)
    return out
