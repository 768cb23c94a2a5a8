"""Who buys and what: the buyer (pouvoir adjudicateur, acheteur) and the object (intitulé) of a
consultation, read from the labelled fields of a notice or the header of an RC/CCAP.

A value is taken only where a field label stands as a label (at the start of a line, after a
numbering at most, followed by « : » or alone on its line): « Le pouvoir adjudicateur se
réserve… » is a sentence, not a field. Every candidate is then checked to look like a name or a
title; when none does the fact is None, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from clausecheck.extraction.textscan import Scanner
from clausecheck.patterns import LOT, LOT_AGAIN

# what may stand before a label on its line: bullets, a numbering (« I.1) », « 1.1 - »,
# « Article 2 - », « B - »), a markdown mark, a two-letter TED code (« AU »)
_PREFIX_RE = re.compile(
    r"^[\s\-–•*#>|·o]*(?:non\s+empty\s+span\s*\d?)?(?:(?:article|section|partie)\s+)?"
    r"(?:(?:[IVX]+|\d+)(?:\.\d+)*\s*[).]?\s*[-–:.]?\s*|[A-H]\s*[-–.)]\s*)?[\s\-–•*|]*$",
    re.IGNORECASE,
)
_TED_CODE_RE = re.compile(r"^\s*[A-Z]{2}\s+$")

# ---------------------------------------------------------------- buyer
# (pattern, rank, takes an inline value without a colon)
_BUYER_LABELS: list[tuple[re.Pattern[str], int, bool]] = [
    (re.compile(r"nom\s+et\s+adresses?\s+officiels?\s+de\s+l['’\ufffd]\s?organisme\s+acheteur(?:\s+public)?", re.I), 0, False),
    (re.compile(r"identification\s+de\s+l['’\ufffd]\s?(?:organisme\s+qui\s+passe\s+le\s+march[ée]|acheteur|organisme\s+acheteur|"
                r"entit[ée]\s+adjudicatrice|pouvoir\s+adjudicateur)|nom\s+de\s+l['’\ufffd]\s?(?:acheteur|organisme\s+acheteur)|"
                r"d[ée]signation\s+de\s+l['’\ufffd]\s?acheteur", re.I), 0, False),
    (re.compile(r"nom[ \t]+officiel|official[ \t]+name", re.I), 0, True),
    (re.compile(r"nom[ \t]+et[ \t]+adresses?|name[ \t]+and[ \t]+addresses", re.I), 1, True),
    (re.compile(r"authority[ \t]+name", re.I), 1, True),
    (re.compile(r"pouvoir\s+adjudicateur|entit[ée]\s+adjudicatrice|acheteur(?:\s+public)?|organisme(?:\s+acheteur)?|"
                r"ma[iî]tre\s+d['’\ufffd]\s?ouvrage|ma[iî]tre\s+de\s+l['’\ufffd]\s?ouvrage|d[ée]nomination", re.I), 2, False),
]
_BUYER_ANCHOR = re.compile(r"nom |adresse|identification|désignation|designation|authority|official|adjudica|acheteur|"
                           r"organisme|ma[iî]tre d|dénomination|denomination")

# a header line that names a public body
ENTITY_RE = re.compile(
    r"(?:ville|commune|mairie|d[ée]partement|r[ée]gion)\s+(?:de\s+|d['’\ufffd]\s?|du\s+|des\s+)\S"
    r"|conseil\s+(?:d[ée]partemental|r[ée]gional|g[ée]n[ée]ral)|communaut[ée]\s+(?:de\s+communes|d['’\ufffd]\s?agglom[ée]ration|urbaine)"
    r"|(?:eurom[ée]tropole|m[ée]tropole)\b|centre\s+hospitalier|groupement\s+hospitalier|\b(?:CHU|CHRU|CCAS|CIAS|SDIS|OPH)\b"
    r"|syndicat\s+(?:intercommunal|mixte|d[ée]partemental|des|de|d['’\ufffd])|universit[ée]\b|minist[èe]re\b|pr[ée]fecture\b"
    r"|office\s+public|[ée]tablissement\s+public|service\s+d[ée]partemental|collectivit[ée]\s+(?:territoriale|europ[ée]enne|de)"
    r"|centre\s+communal|assistance\s+publique|caisse\s+(?:primaire|d['’\ufffd]allocations|nationale|r[ée]gionale)"
    r"|institut\s+(?:national|polytechnique|r[ée]gional|universitaire)",
    re.IGNORECASE,
)
_GENERIC_BUYER = re.compile(
    r"^(?:l['’\ufffd]\s?)?(?:acheteur(?:\s+public)?|pouvoir\s+adjudicateur|entit[ée]\s+adjudicatrice|organisme\s+de\s+droit\s+public|"
    r"collectivit[ée]\s+territoriale|autorit[ée]\s+r[ée]gionale\s+ou\s+locale|public|priv[ée]|ma[iî]tre\s+d['’\ufffd]\s?ouvrage|"
    r"nom\s+et\s+adresses?|adresses?|nom\s+officiel|official\s+name|coordonn[ée]es.*|oui|non|n[ée]ant|sans\s+objet|"
    r"voir\s+.*|cf\.?\s.*|regional\s+or\s+local\s+authority|body\s+governed\s+by\s+public\s+law|.*\bpoints?\s+de\s+contact.*|"
    r"(?:siret|siren|n°|num[ée]ro|t[ée]l|adresse|courriel|e-mail)\b.*|"
    r"[ée]tablissement\s+public(?:\s+(?:à\s+caract[èe]re|administratif|industriel|local|national|de\s+sant[ée]).*)?)$",
    re.IGNORECASE,
)
_VERB_RE = re.compile(
    r"\b(?:se|s['’\ufffd]|est|sont|peut|peuvent|doit|doivent|sera|seront|serait|aura|auront|a\s+d[ée]cid[ée]|fait|font|"
    r"souhaite|pourra|pourront|devra|devront|ne|n['’\ufffd]|il|elle|ils|qui|que|dont|lorsque|afin)\b",
)  # case-sensitive: « EST ENSEMBLE » is a name
_CUT_BUYER = re.compile(
    r",|;|\s?:\s|\s[-–]\s*(?:num[ée]ro|n°|siret|point|correspondant|adresse|service\s+juridique)|\s+num[ée]ro\s+national|"
    r"\s+national\s+registration|\s+point\(s\)\s+de\s+contact|\s+correspondant\b|\s+repr[ée]sent[ée]e?\b|"
    r"\s+\((?=\s*(?:\d|siret|siren|n°|cedex))|\t|\s{3,}|\s+https?://|\s+adresse\s*:",
    re.IGNORECASE,
)
_LEAD_BUYER = re.compile(r"^(?:nom\s+officiel|official\s+name|nom|d[ée]nomination|raison\s+sociale)\s*:\s*", re.IGNORECASE)


def clean_buyer(value: str, header: bool = False) -> str | None:
    """The buyer's name out of a field value, or None when the value is not a name."""
    v = " ".join(value.split())
    v = _LEAD_BUYER.sub("", v).strip(" :-–•*")
    m = _CUT_BUYER.search(v)
    if m:
        v = v[:m.start()]
    if header:  # « Ville d'Exempleville - Nettoyage des locaux… »: the name stops at the dash
        v = re.split(r"\s[-–|]\s", v)[0]
    if v.count("(") > v.count(")"):
        v = v[:v.rfind("(")]
    v = v.strip(" .:;-–*•\"«»")
    if len(v) < 2 or len(v) > 160 or len(v.split()) > 22:
        return None
    if not v[0].isalnum() or re.match(r"^(?:[IVX]+\.\d|\d+(?:\.\d+)*\s*[).]|\d+$)", v):
        return None
    if v[0].islower() and not ENTITY_RE.match(v):
        return None
    if _GENERIC_BUYER.match(v) or _VERB_RE.search(v):
        return None
    if re.search(r"https?:|www\.|@|\.{3}|…|reprendre|\bcandidat|\btitulaire\b|\baddress\b|\badresse", v, re.I):
        return None
    # « Le pouvoir adjudicateur », « La collectivité » are roles; « La Poste », « Le Havre… » are names
    art = re.match(r"^(?:le|la|les|l['’\ufffd])\s*(\S)", v, re.I)
    if art and art.group(1).islower():
        return None
    if not re.search(r"[A-Za-zÀ-ÿ]{2}", v):
        return None
    return v


def _label_ok(text: str, start: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    prefix = text[ls:start]
    return bool(_PREFIX_RE.match(prefix) or _TED_CODE_RE.match(prefix))


def _value_after(text: str, end: int, inline_ok: bool, max_lines: int = 2) -> tuple[str, int, int] | None:
    """The value of a label ending at `end`: the rest of the line after « : », or, when the
    label ends its line, the next non-empty line. None when the label is followed by running
    text (it was a phrase, not a label)."""
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    rest = text[end:le]
    stripped = rest.lstrip(" \t")
    colon = stripped[:1] in (":", "\uff1a") or stripped[:2] in (" :",)
    if colon:
        stripped = stripped.lstrip(" :\uff1a\t")
    elif stripped[:1] in ("-", "–") and not inline_ok:
        return None  # « Article 1 - Objet du marché - Dispositions générales »: a heading
    if stripped.strip():
        if not colon and not inline_ok:
            return None
        s = le - len(stripped)
        return stripped.rstrip(), s, s + len(stripped.rstrip())
    # value on the next non-empty line(s)
    pos = le + 1
    for _ in range(max_lines):
        if pos >= len(text):
            return None
        ne = text.find("\n", pos)
        ne = len(text) if ne < 0 else ne
        line = text[pos:ne]
        if line.strip():
            s = pos + (len(line) - len(line.lstrip()))
            return line.strip(), s, s + len(line.strip())
        pos = ne + 1
    return None


def _buyer_continued(text: str, value: str, e: int) -> tuple[str, int]:
    """« COMMUNAUTE DE COMMUNES » / « DES VOSGES DU SUD »: a name wrapped over two lines."""
    if "," in value or e >= len(text) or text[e:e + 1] != "\n":
        return value, e
    ne = text.find("\n", e + 1)
    ne = len(text) if ne < 0 else ne
    nxt = text[e + 1:ne].strip()
    if re.fullmatch(r"\s*(?:commune|mairie|ville|d[ée]partement|r[ée]gion|syndicat|communaut[ée]\s+de\s+communes)\s*", value, re.I) \
            and re.match(r"^[^\d,:;@/]{2,60}$", nxt):
        return value.strip() + " " + nxt, ne
    if re.match(r"^(?:de|des|du|d['’\ufffd]|de\s+la|et)\s?[^\d,:;@/]{2,60}$", nxt, re.I) or \
            (re.search(r"\b(?:de|des|du|et)$", value.strip(), re.I) and re.match(r"^[^\d,:;@/]{2,60}$", nxt)):
        return value.rstrip() + " " + nxt, ne
    return value, e


def _best_labelled(scan: Scanner, anchor: re.Pattern[str], labels: list[tuple[re.Pattern[str], int, bool]],
                   around: tuple[int, int], limit: int,
                   read: Callable[[re.Match[str], int, bool], tuple[int, str, int, int] | None]) -> tuple[str, int, int] | None:
    """The value after the best label: the lowest rank, then the earliest. `read` turns a label
    match into (effective rank, value, start, end), or None when what follows is no value."""
    text = scan.text
    best: tuple[int, int, str, int, int] | None = None
    for ws, we in scan.windows(anchor, *around):
        if ws > limit:
            break
        for rx, rank, inline in labels:
            if best is not None and rank > best[0]:
                continue
            for m in rx.finditer(text, ws, we):
                if best is not None and (rank, m.start()) >= (best[0], best[1]):
                    break
                if not _label_ok(text, m.start()):
                    continue
                got = read(m, rank, inline)
                if got is None:
                    continue
                eff, v, s, e = got
                if best is not None and (eff, m.start()) >= (best[0], best[1]):
                    continue
                best = (eff, m.start(), v, s, e)
                break
        if best is not None and best[0] == 0:
            break
    return (best[2], best[3], best[4]) if best is not None else None


def find_buyer(scan: Scanner, limit: int = 60_000) -> tuple[str, int, int] | None:
    text = scan.text

    def read(m: re.Match[str], rank: int, inline: bool) -> tuple[int, str, int, int] | None:
        got = _value_after(text, m.end(), inline)
        if got is None:
            return None
        value, s, e = got
        value, e = _buyer_continued(text, value, e)
        v = clean_buyer(value)
        if v is None:
            return None
        k = text.find(v, s, e)
        return rank, v, (k if k >= 0 else s), (k + len(v) if k >= 0 else e)

    return _best_labelled(scan, _BUYER_ANCHOR, _BUYER_LABELS, (30, 60), limit, read) or header_buyer(text)


def is_blank_form(text: str) -> bool:
    """The ministry's blank forms (DC1, DC2, notices): their header names the ministry that wrote
    them and their text lists every procedure; neither is the consultation's."""
    return bool(re.search(r"direction\s+des\s+affaires\s+juridiques", text[:3000], re.I))


_DEPT_RE = re.compile(r"^\s*D[ée]pt\.\s*:\s*(?:\d[\dAB]?\s*,?\s*)+(?P<v>[^\n]+)$", re.MULTILINE)


def header_buyer(text: str, lines: int = 25) -> tuple[str, int, int] | None:
    """A public body named at the head of the document (« Ville d'Exempleville » on the
    second line of an RC), or the buyer after « Dépt. : 75 » in a BOAMP page."""
    head_end = min(len(text), 3000)
    if is_blank_form(text):
        return None
    pos = 0
    n = 0
    while pos < head_end and n < lines:
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        line = text[pos:e]
        st = line.strip()
        if st:
            n += 1
            lead = len(line) - len(line.lstrip())
            body = re.sub(r"^[#*>\s]+", "", st)
            off = pos + lead + (len(st) - len(body))
            if ENTITY_RE.match(body):
                v = clean_buyer(body, header=True)
                if v:
                    return v, off, off + len(v)
        pos = e + 1
    m = _DEPT_RE.search(text, 0, head_end)
    if m:
        v = clean_buyer(m.group("v"), header=True)
        if v:
            return v, m.start("v"), m.start("v") + len(v)
    return None


# ---------------------------------------------------------------- object
_OBJECT_LABELS: list[tuple[re.Pattern[str], int, bool]] = [
    (re.compile(r"(?:objet|intitul[ée])\s+(?:du\s+march[ée]|de\s+la\s+consultation|de\s+l['’\ufffd]\s?accord[- ]cadre|du\s+contrat|"
                r"de\s+l['’\ufffd]\s?achat|de\s+la\s+proc[ée]dure)(?:\s+public)?|intitul[ée]|titre\s+du\s+march[ée]|title", re.I), 0, False),
    (re.compile(r"objet", re.I), 1, False),
]
_OBJECT_ANCHOR = re.compile(r"objet|intitul|titre|title")
_SENTENCE_RE = re.compile(
    r"^.{0,120}?\b(?:porte(?:nt)?\s+sur|a\s+pour\s+objet|ont\s+pour\s+objet|concerne(?:nt)?)\s*:?\s*", re.IGNORECASE)
_BAD_OBJECT = re.compile(
    r"^(?:de\s+(?:d[ée]finir|fixer|pr[ée]ciser|d[ée]crire|d[ée]terminer)|les?\s+conditions|n°|num[ée]ro|r[ée]f[ée]rence|"
    r"reprendre|voir\b|cf\.|sans\s+objet|" + LOT + r":?\s*" + LOT_AGAIN + r"\d*\s*$|\d+\s*(?:points?|%)|"
    r"dispositions\s+g[ée]n[ée]rales|g[ée]n[ée]ralit[ée]s|pr[ée]sentation\s+g[ée]n[ée]rale)",
    re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:la\s+|le\s+|les\s+|l['’\ufffd]\s?|des\s+|du\s+|de\s+la\s+|d['’\ufffd]\s?)", re.IGNORECASE)


def clean_object(value: str, labelled: bool = False) -> str | None:
    """The object out of a field value (or out of « La consultation porte sur X »), or None."""
    v = " ".join(value.split())
    ref = re.match(r"^(?:num[ée]ro\s+de\s+(?:la\s+)?consultation|r[ée]f[ée]rence|n°)\s*:?\s*\S*\d\S*\s+(?=\w{3})", v, re.I)
    if ref and len(v) - ref.end() >= 10:
        v = v[ref.end():]
    if re.match(r"^(?:[IVX]+\.\d|\d+(?:\.\d+)*\s*[.)-]\s|article\s+\d|non\s+empty\s+span)", v, re.I):
        return None  # the next heading, not a value
    sent = _SENTENCE_RE.match(v)
    if sent:
        v = v[sent.end():]
        v = re.split(r"\s\(|\.(?:\s|$)|\s:\s|;", v)[0]
        v = _DETERMINER.sub("", v)
        v = v[:1].upper() + v[1:]
    elif re.match(r"^(?:l[ea]s?|l['’\ufffd]|ce|cette|il|elle)\s", v, re.I) and re.search(r"\b(?:est|sont|a|ont)\b", v):
        return None  # a sentence that does not say what is bought
    v = v.strip(" .:;-–*•\"«»")
    if len(v) < 5 or not (v[0].isalpha() or v[0].isdigit()):
        return None
    if _BAD_OBJECT.match(v) or re.search(r"\.{4,}|…{2,}", v):
        return None
    if len(re.findall(r"(?:^|\s)\d{1,2}\)?(?=\s|$)", v)) >= 3:  # a table of contents
        return None
    if v[0].islower() and not (sent or labelled):
        return None  # the tail of a sentence cut by the layout
    if re.search(r"\b(?:suivant(?:e|es|s)?|ci-apr[èe]s|ci-dessous)$", v, re.I):
        return None
    v = v[:1].upper() + v[1:]
    if v.endswith(":") or re.fullmatch(r"[\W\d_]+", v):
        return None
    return v[:300]


def find_object(scan: Scanner, limit: int = 60_000) -> tuple[str, int, int] | None:
    text = scan.text

    def read(m: re.Match[str], rank: int, _inline: bool) -> tuple[int, str, int, int] | None:
        got = _value_after(text, m.end(), False)
        if got is None and rank == 1:
            got = _inline_title(text, m.end())
        if got is None:
            return None
        value, s, e = got
        le = text.find("\n", m.end())
        explicit = le < 0 or s < le or text[m.end():le].strip()[:1] in (":", "\uff1a")  # « Label : » then the value
        if le >= 0 and s > le and _NEXT_LABEL.match(value):
            return None  # « Objet : » left empty, then the next field: « Date et heure limite de remise des plis : 12… »
        value, e = _continued(text, value, s, e)
        sentence = bool(_SENTENCE_RE.match(" ".join(value.split())))
        if not explicit and not sentence and not _title_like(value):
            return None  # « Article 6 - Objet » then running text: not a title
        v = clean_object(value, labelled=True)
        if v is None:
            return None
        # « Objet : X » beats « Objet de la consultation » / « La consultation porte sur X »
        return rank + (0 if explicit and not sentence else 2), v, s, e

    return _best_labelled(scan, _OBJECT_ANCHOR, _OBJECT_LABELS, (20, 60), limit, read)


# a line that is a label of its own (a few words, a colon, then a figure or nothing): another field;
# the consultation's reference before the object is read by clean_object
# (« Date limite : 12 mars », « Lieu : »)
_NEXT_LABEL = re.compile(r"^\s*(?!(?:num[ée]ro|r[ée]f[ée]rence)\b)[A-ZÀ-Ý][^:\n.;]{1,60}?\s?:\s*(?:\d|$)", re.I)
_RUNNING_TEXT = re.compile(r"\b(?:est|sont|fait|font|peut|peuvent|doit|doivent|sera|seront|a|ont|vise|visent|"
                           r"s['’]engage|application|conform[ée]ment)\b")


def _title_like(value: str) -> bool:
    v = " ".join(value.split())
    return len(v) <= 200 and not _RUNNING_TEXT.search(v) and not v.endswith(",")


def _inline_title(text: str, end: int) -> tuple[str, int, int] | None:
    """« Objet Acquisition d'une machine… » (a row of a summary table, without a colon)."""
    m = re.match(r"[ \t]([A-ZÀ-Ý][a-zà-ÿ'’]+[^\n]*)", text[end:end + 400])
    if m is None or re.match(r"(?:du|de|des|et|ou|à|au|aux)\b", m.group(1), re.I):
        return None
    return m.group(1).rstrip(), end + 1, end + 1 + len(m.group(1).rstrip())


_CONTRACT_FORM = re.compile(r"^\s*(?:un\s+)?(?:accord[- ]cadre|march[ée](?:\s+public)?)(?:\s+(?:à|a)\s+bons?\s+de\s+commande)?"
                            r"(?:\s+(?:mono|multi)[- ]?attributaire)?\s*[.:]?\s*$", re.IGNORECASE)


def _continued(text: str, value: str, s: int, e: int) -> tuple[str, int]:
    """Join the lines of a title wrapped by the page layout (next line starts in lower case)."""
    while len(value) < 300 and (not value.rstrip().endswith((".", ":", ";")) or _CONTRACT_FORM.match(value)):
        ne = text.find("\n", e + 1)
        ne = len(text) if ne < 0 else ne
        nxt = text[e + 1:ne]
        st = nxt.strip()
        if not st or e + 1 > len(text):
            break
        if not st[0].islower() and not (_CONTRACT_FORM.match(value) and st[0].isupper() and len(st) > 15):
            break
        value = value + " " + st
        e = ne
    return value, e
