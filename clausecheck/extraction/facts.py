"""Other facts of a consultation: procedure, buyer, object, CPV, dates and the requirements
that weigh on a small firm (turnover, references, certifications, advance, guarantee...)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from clausecheck.extraction.numbers import find_amounts, parse_number, small_number
from clausecheck.extraction.structured import Field, fields_of
from clausecheck.extraction.textscan import Scanner
from clausecheck.model import Document

# literal anchors (searched in the lower-cased text) around which the costly patterns run
A_PROC = re.compile(r"proc[ée]dure|mapa|appel d|dialogue|concours|sans publicit")
A_NATURE = re.compile(r"type de march|nature du march|catégorie du march|categorie du march")
A_BUYER = re.compile(r"nom et adresse|adjudica|acheteur|ma[iî]tre d|organisme")
A_OBJECT = re.compile(r"objet|intitul")
A_PUB = re.compile(r"publi|date d['’]envoi|mise en ligne|lancement|lancée")
A_DEADLINE = re.compile(r"limite|remise des|réception des")
A_TURNOVER = re.compile(r"chiffre d")
A_REFS = re.compile(r"référence|réalisation|attestations? de bonne|principa")
A_CERT = re.compile(r"iso|qualibat|qualifelec|mase|opq|rge|certibat|apsad|cnaps|qualipv|ecocert|nf env|qualipaysage")
A_INSURANCE = re.compile(r"assurance")
A_GROUP = re.compile(r"groupement")
A_LOT = re.compile(r"lot")
A_VARIANT = re.compile(r"variante")
A_ADVANCE = re.compile(r"avance")
A_RETENUE = re.compile(r"retenue")
A_PAYMENT = re.compile(r"paiement")
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


Ev = Callable[[int, int], dict[str, Any]]


def _line_after(text: str, end: int, limit: int = 200) -> tuple[str, int, int]:
    s = end
    while s < len(text) and text[s] in " :\t-–":
        s += 1
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    e = min(e, s + limit)
    return text[s:e].strip(), s, e


def _fact(value: Any, spans: list[tuple[int, int]], ev: Ev, **extra: Any) -> dict[str, Any]:
    out = {"value": value, "evidence": [ev(a, b) for a, b in spans[:3]]}
    out.update(extra)
    return out


# ---------------------------------------------------------------- procedure
PROC_RE = re.compile(
    r"proc[ée]dure\s+adapt[ée]e|\bmapa\b|appel\s+d['’]\s?offres?\s+ouvert|proc[ée]dure\s+ouverte|"
    r"appel\s+d['’]\s?offres?\s+restreint|proc[ée]dure\s+restreinte|proc[ée]dure\s+n[ée]goci[ée]e|"
    r"proc[ée]dure\s+concurrentielle\s+avec\s+n[ée]gociation|dialogue\s+comp[ée]titif|concours\b|"
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
}
_XML_NATURE = {"SERVICE": "services", "SERVICES": "services", "TRAVAUX": "travaux", "WORKS": "travaux",
               "FOURNITURES": "fournitures", "SUPPLIES": "fournitures", "services": "services", "works": "travaux",
               "supplies": "fournitures"}


def procedure(doc: Document, scan: Scanner, fields: list[Field], ev: Ev) -> dict[str, Any] | None:
    ptype = label = nature = None
    spans: list[tuple[int, int]] = []
    for f in fields:
        last = f.names[-1]
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
    text = scan.text
    if ptype is None:
        m = scan.search(PROC_RE, A_PROC, 5, 60)
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
    return {"type": ptype, "label": label, "nature": nature, "evidence": [ev(a, b) for a, b in spans[:3]]}


# ---------------------------------------------------------------- buyer / object
BUYER_RE = re.compile(
    r"(?:nom\s+et\s+adresse\s+officiels\s+de\s+l['’]organisme\s+acheteur|nom\s+et\s+adresses|pouvoir\s+adjudicateur|"
    r"entit[ée]\s+adjudicatrice|acheteur\s+public|identification\s+de\s+l['’]acheteur|ma[iî]tre\s+d['’]ouvrage|"
    r"organisme\s+acheteur)\s*:?\s*(?:\n\s*)?",
    re.IGNORECASE,
)
OBJECT_RE = re.compile(
    r"(?:objet\s+du\s+march[ée]|objet\s+de\s+la\s+consultation|objet\s+de\s+l['’]accord[- ]cadre|intitul[ée]\s+du\s+march[ée]|"
    r"II\.1\.1\)\s*intitul[ée]|objet\s+du\s+contrat)\s*:?\s*(?:\n\s*)?",
    re.IGNORECASE,
)


def _first_field(fields: list[Field], names: tuple[str, ...]) -> Field | None:
    for f in fields:
        if f.names[-1] in names and f.text:
            return f
    return None


def buyer_and_object(scan: Scanner, fields: list[Field], ev: Ev) -> tuple[dict | None, dict | None]:
    buyer = obj = None
    f = _first_field(fields, ("DENOMINATION", "OFFICIALNAME"))
    if f is None:
        for g in fields:
            if g.names[-1] == "Name" and "PartyName" in g.names and g.text:
                f = g
                break
    if f is not None:
        buyer = _fact(f.text, [(f.start, f.end)], ev)
    f = _first_field(fields, ("TITRE_MARCHE", "TITLE", "OBJET_COMPLET"))
    if f is None:
        for g in fields:
            if g.names[-1] == "Name" and "ProcurementProject" in g.names and g.text:
                f = g
                break
    if f is not None:
        obj = _fact(f.text, [(f.start, f.end)], ev)
    text = scan.text
    head = min(len(text), 60_000)
    if buyer is None:
        for m in scan.finditer(BUYER_RE, A_BUYER, 20, 80):
            if m.start() > head:
                break
            line, s, e = _line_after(text, m.end(), 160)
            line = line.split(",")[0].strip(" .")
            if len(line) >= 3 and not re.match(r"^(?:oui|non|\d)", line, re.I):
                buyer = _fact(line, [scan.span(s, s + len(line))], ev)
                break
    if obj is None:
        for m in scan.finditer(OBJECT_RE, A_OBJECT, 12, 40):
            if m.start() > head:
                break
            line, s, e = _line_after(text, m.end(), 300)
            if len(line) >= 5 and not re.match(r"^(?:\.{3,}|\d+\s*$)", line):
                obj = _fact(line.strip(" ."), [scan.span(s, e)], ev)
                break
    return buyer, obj


# ---------------------------------------------------------------- CPV
CPV_RE = re.compile(r"\b(\d{8})(?:-\d)?\b")
CPV_ANCHOR = re.compile(r"cpv|descripteur|classification")


def cpv_codes(scan: Scanner, fields: list[Field], ev: Ev) -> list[dict[str, Any]]:
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
    return [{"code": code, "evidence": [ev(a, b)]} for code, (a, b) in list(out.items())[:20]]


# ---------------------------------------------------------------- dates
PUB_RE = re.compile(
    r"(?:publi[ée]\s+le|date\s+d['’]envoi\s+du\s+présent\s+avis(?:\s+à\s+la\s+publication)?|date\s+de\s+publication|"
    r"date\s+d['’]envoi\s+(?:de\s+l['’]avis|à\s+la\s+publication)|date\s+de\s+mise\s+en\s+ligne|"
    r"date\s+de\s+lancement(?:\s+de\s+la\s+consultation)?|consultation\s+lancée\s+le)\s*:?\s*",
    re.IGNORECASE,
)
DEADLINE_RE = re.compile(
    r"date\s+(?:et\s+heure\s+)?limites?\s+(?:de\s+)?(?:réception|remise|dépôt)\s+des\s+(?:offres|plis|candidatures|"
    r"demandes\s+de\s+participation)(?:\s+ou\s+des\s+demandes\s+de\s+participation)?\s*:?\s*(?:\n\s*)?(?:date\s*:?\s*)?"
    r"|(?:remise|réception)\s+des\s+(?:offres|plis)\s+(?:au\s+plus\s+tard\s+)?(?:le|avant\s+le)\s*",
    re.IGNORECASE,
)
_XML_PUB = ("DATE_PUBLICATION", "DATE_PUB", "IssueDate", "DATE_ENVOI", "DATE_DISPATCH_NOTICE")
_XML_DEADLINE = ("RECEPT_OFFRES", "DATE_RECEIPT_TENDERS", "DATE_LIMITE_REPONSE")


def dates(scan: Scanner, fields: list[Field], ev: Ev) -> tuple[dict | None, dict | None]:
    pub = deadline = None
    for f in fields:
        last = f.names[-1]
        if pub is None and last in _XML_PUB and f.text:
            d = parse_date(f.text)
            if d:
                pub = _fact(d.isoformat(), [(f.start, f.end)], ev)
        if deadline is None and (last in _XML_DEADLINE or (last == "EndDate" and "TenderSubmissionDeadlinePeriod" in f.names)) and f.text:
            d = parse_date(f.text)
            if d:
                deadline = _fact(d.isoformat(), [(f.start, f.end)], ev)
    text = scan.text
    if pub is None:
        for m in scan.finditer(PUB_RE, A_PUB, 8, 70):
            window = text[m.end():m.end() + 40]
            d = parse_date(window)
            if d and 1990 < d.year < 2100:
                dm = DATE_RE.search(window)
                e = m.end() + (dm.end() if dm else 10)
                pub = _fact(d.isoformat(), [scan.span(m.start(), e)], ev)
                break
    if deadline is None:
        for m in scan.finditer(DEADLINE_RE, A_DEADLINE, 25, 90):
            window = text[m.end():m.end() + 50]
            d = parse_date(window)
            if d and 1990 < d.year < 2100:
                dm = DATE_RE.search(window)
                e = m.end() + (dm.end() if dm else 10)
                deadline = _fact(d.isoformat(), [scan.span(m.start(), e)], ev)
                break
    return pub, deadline


# ---------------------------------------------------------------- requirements
TURNOVER_RE = re.compile(r"chiffre\s+d['’]\s?affaires", re.IGNORECASE)
REFERENCES_RE = re.compile(
    r"(?:(?P<n>\d{1,2}|deux|trois|quatre|cinq|six)\s+(?:références|réalisations|attestations\s+de\s+bonne\s+exécution))"
    r"|(?:liste\s+des\s+principa(?:les|ux)\s+(?:fournitures|services|travaux|prestations|références))"
    r"|(?:références\s+(?:similaires|de\s+moins|équivalentes|pour\s+des\s+prestations))",
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
    r"variantes?\s+(?:seront|sont|ne\s+sont\s+pas|ne\s+seront\s+pas)?\s*(?:prises?\s+en\s+considération|autorisées?|acceptées?|admises?)\s*:?\s*(?P<yn>oui|non)?"
    r"|(?P<refus>refus\s+des\s+variantes|variantes?\s+(?:ne\s+sont\s+pas|non)\s+(?:autorisées|admises|acceptées)|pas\s+de\s+variantes?)"
    r"|(?P<ok>variantes?\s+(?:sont\s+)?(?:autorisées|admises|acceptées))",
    re.IGNORECASE)
ADVANCE_RE = re.compile(r"\bavance\b[^.\n]{0,160}?(?P<p>\d{1,2}(?:[,.]\d+)?)\s?%", re.IGNORECASE)
NO_ADVANCE_RE = re.compile(r"(?:pas\s+d['’]\s?avance|aucune\s+avance|avance\s*:\s*non|renonce\s+à\s+l['’]avance|"
                           r"n['’]\s?est\s+pas\s+prévu\s+d['’]\s?avance)", re.IGNORECASE)
RETENUE_RE = re.compile(r"retenue\s+de\s+garantie[^.\n]{0,120}?(?P<p>\d{1,2}(?:[,.]\d+)?)\s?%", re.IGNORECASE)
NO_RETENUE_RE = re.compile(r"(?:pas\s+de|aucune)\s+retenue\s+de\s+garantie|retenue\s+de\s+garantie\s*:\s*(?:non|sans\s+objet|néant)",
                           re.IGNORECASE)
PAYMENT_RE = re.compile(r"délai\s+(?:global\s+)?(?:maximum\s+)?de\s+paiement[^.\n]{0,60}?(?P<d>\d{2,3})\s+jours", re.IGNORECASE)
VISIT_RE = re.compile(r"visite\s+(?:du\s+site|des\s+lieux|de\s+site|sur\s+site|des\s+sites|préalable)[^.\n]{0,60}?"
                      r"(?P<v>obligatoire|facultative|conseillée|recommandée|n['’]est\s+pas\s+obligatoire)", re.IGNORECASE)


def requirements(scan: Scanner, ev: Ev) -> dict[str, Any]:
    text = scan.text
    low = scan.low
    out: dict[str, Any] = {k: None for k in ("min_turnover", "references", "certifications", "insurance",
                                             "groupement_form", "max_lots_per_bidder", "variants", "advance_rate",
                                             "advance_rate_sme", "retenue_garantie", "payment_delay_days",
                                             "site_visit_mandatory")}
    out["certifications"] = []
    # minimum turnover: an amount, or a multiple of the contract value, near « chiffre d'affaires »
    for m in scan.finditer(TURNOVER_RE, A_TURNOVER, 2, 30):
        window_end = min(len(text), m.end() + 220)
        window = low[m.start():window_end]
        if not re.search(r"minim|au\s+moins|supérieur|égal|exig|requis|niveau", window):
            continue
        amounts = [a for a in find_amounts(text, m.end(), window_end) if a.tax != "TTC" and a.value >= 1000]
        if amounts:
            a = amounts[0]
            out["min_turnover"] = _fact(a.value, [scan.span(m.start(), a.end)], ev, unit="EUR")
            break
        mult = re.search(r"(?P<x>\d(?:[,.]\d)?|deux|trois)\s*(?:fois|x)\s+(?:le\s+)?(?:montant|la\s+valeur)", window)
        if mult:
            x = parse_number(mult.group("x")) or small_number(mult.group("x"))
            out["min_turnover"] = _fact(None, [scan.span(m.start(), m.start() + mult.end())], ev, multiple=x)
            break
    m = scan.search(REFERENCES_RE, A_REFS, 20, 40)
    if m:
        n = small_number(m.group("n")) if m.group("n") else None
        out["references"] = _fact(True, [scan.span(*m.span())], ev, count=n)
    certs: dict[str, tuple[int, int]] = {}
    for m in scan.finditer(CERT_RE, A_CERT, 3, 20):
        certs.setdefault(re.sub(r"\s+", " ", m.group()), m.span())
    out["certifications"] = [{"value": k, "evidence": [ev(*scan.span(*v))]} for k, v in list(certs.items())[:10]]
    m = scan.search(INSURANCE_RE, A_INSURANCE, 2, 60)
    if m:
        out["insurance"] = _fact(" ".join(m.group().split()), [scan.span(*m.span())], ev)
    m = scan.search(GROUP_RE, A_GROUP, 50, 80)
    if m:
        form = "libre" if m.group("free") else m.group("f").lower()
        out["groupement_form"] = _fact(form, [scan.span(*m.span())], ev)
    m = scan.search(MAXLOTS_RE, A_LOT, 120, 30)
    if m:
        n = small_number(m.group("a") or m.group("b") or "")
        if n:
            out["max_lots_per_bidder"] = _fact(n, [scan.span(*m.span())], ev)
    m = scan.search(VARIANTS_RE, A_VARIANT, 40, 80)
    if m:
        if m.group("refus"):
            v = False
        elif m.group("ok"):
            v = True
        elif m.group("yn"):
            v = m.group("yn").lower() == "oui"
        else:
            v = not re.search(r"ne\s+(?:sont|seront)\s+pas", m.group(), re.I)
        out["variants"] = _fact(v, [scan.span(*m.span())], ev)
    for m in scan.finditer(ADVANCE_RE, A_ADVANCE, 2, 180):
        pct = parse_number(m.group("p"))
        if pct is None or not (0 < pct <= 60):
            continue
        around = low[max(0, m.start() - 60):m.end()]
        key = "advance_rate_sme" if re.search(r"\bpme\b|petites\s+et\s+moyennes", around) else "advance_rate"
        if out[key] is None:
            out[key] = _fact(pct, [scan.span(*m.span())], ev, unit="%")
    if out["advance_rate"] is None:
        m = scan.search(NO_ADVANCE_RE, A_ADVANCE, 40, 20)
        if m:
            out["advance_rate"] = _fact(0.0, [scan.span(*m.span())], ev, unit="%")
    m = scan.search(RETENUE_RE, A_RETENUE, 2, 140)
    if m:
        out["retenue_garantie"] = _fact(parse_number(m.group("p")), [scan.span(*m.span())], ev, unit="%")
    else:
        m = scan.search(NO_RETENUE_RE, A_RETENUE, 20, 60)
        if m:
            out["retenue_garantie"] = _fact(0.0, [scan.span(*m.span())], ev, unit="%")
    m = scan.search(PAYMENT_RE, A_PAYMENT, 30, 80)
    if m:
        out["payment_delay_days"] = _fact(int(m.group("d")), [scan.span(*m.span())], ev)
    m = scan.search(VISIT_RE, A_VISIT, 2, 130)
    if m:
        out["site_visit_mandatory"] = _fact(m.group("v").lower() == "obligatoire", [scan.span(*m.span())], ev)
    return out
