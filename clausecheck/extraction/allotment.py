"""Allotment (allotissement): is the contract divided into lots, how many, which ones, and
the reason given when it is not divided (L2113-11)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from clausecheck.extraction.allotment_wording import (
    COUNT_RE,
    FORM_ANSWER,
    FORM_RE,
    GENERAL_ANCHOR,
    GENERAL_CONTRACTOR_RE,
    LOT_MARK_RE,
    LOT_RANGE_RE,
    NEG_RE,
    NOTICE_LOT_RE,
    ONE_LOT_RE,
    POS_RE,
    REASON_CUE_RE,
    SINGLE_LOT_RE,
    TECHNICAL_LOTS_RE,
    TECHNICAL_PIECES,
    UNIQUE_CONTRACT_RE,
)
from clausecheck.extraction.amount_context import sentence_around
from clausecheck.extraction.lottable import LotTable, cut_title, reserved_bases_in, table_lots
from clausecheck.extraction.numbers import small_number
from clausecheck.extraction.structured import fields_of
from clausecheck.extraction.textscan import LOT_ANCHOR, Scanner
from clausecheck.model import BLANK_FORM, Document
from clausecheck.patterns import (
    INSTEAD_OF,
    LOT_ON_LINE,
    LOTS,
    MORE_NUMBERS,
    NOT_A_LOT_NUMBER,
    NUMERO_OPT,
    PREVIOUS_CONTRACT,
    replaced_spans,
)

# a count given as a change: « Le marché comporte désormais trois lots », « le nombre de lots est ramené à 3 »
_NOW = re.compile(r"d[ée]sormais|dor[ée]navant|ramen[ée]|port[ée]\s+[àa]")


def _said_as_a_change(low: str, start: int, end: int, replaced: Sequence[tuple[int, int]]) -> bool:
    """Is the count at [start, end) given as a change of the dossier: said « désormais », or the « Lire » wording
    right after a correction's « Au lieu de »?"""
    return bool(_NOW.search(low, max(0, start - 40), end)) or any(0 <= start - hi < 200 for _lo, hi in replaced)


@dataclass(slots=True)
class AllotmentResult:
    divided: bool | None = None
    lot_count: int | None = None
    no_division_reason: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    lot_marks: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # num -> [(start, end, title)]
    source: str = ""
    explicit: bool = False  # said in so many words (a form's answer, « non alloti », « 4 lots »), not inferred
    count_amended: bool = False  # the count is given as a change (« comporte désormais trois lots », « Lire : … 3 »)
    positions: list[tuple[int, str]] = field(default_factory=list)  # (offset in the analysis text, lot id)
    table: LotTable = field(default_factory=LotTable)  # lots read from tables (titles, amounts by column)
    reserved: dict[int, list[str]] = field(default_factory=dict)  # lot number -> reservation bases


# the contract the document is about, named as such (« la présente consultation », « le présent marché »)
_THIS_CONTRACT = re.compile(r"pr[ée]sente?\s+(?:consultation|march[ée]|accord-cadre|proc[ée]dure)")
# « Au lieu de : … Lire : … »: a correction notice quotes the value it replaces before the new one
_REPLACED = re.compile(INSTEAD_OF, re.IGNORECASE)
# « lot » in the sense of a parcel or a unit of property, not a part of a contract: a housing estate's lots
# (« lotissement », « lots à bâtir »), a co-ownership's (« copropriété », « lots privatifs »)
_PARCEL = re.compile(r"\blotissements?\b|copro-?\s*pri[ée]t|\blots?\s+(?:à|a)\s+b[âa]tir|\blots?\s+privatifs?", re.IGNORECASE)
# ... unless the passage speaks of a contract too (« les travaux de viabilisation du lotissement sont allotis »)
# (« lots séparés », « lots distincts » is the code's word for a contract's division, never a housing estate's)
_CONTRACT_WORD = re.compile(r"march[ée]|consultation|accord-cadre|allot|d[ée]volu|attribu|soumission|lots\s+(?:s[ée]par[ée]s|distincts)",
                            re.IGNORECASE)
_PREVIOUS = re.compile(PREVIOUS_CONTRACT + r"|\bpremi[èe]re\s+consultation", re.IGNORECASE)


def _parcel(scan: Scanner, start: int, end: int) -> bool:
    """Lots of land or property, not of a contract: a housing estate's, a co-ownership's."""
    return (_PARCEL.search(scan.low, max(0, start - 250), end + 100) is not None
            and _CONTRACT_WORD.search(sentence_around(scan, start, end)) is None)


def _not_this_contract(scan: Scanner, start: int, end: int) -> bool:
    """A statement on lots that is not this contract's: parcels, or a previous contract's division
    (« Le précédent marché était alloti en 3 lots »). A lot named by its number stays one of this
    contract's lots even beside a previous consultation (« les lots 1 et 2 ont fait l'objet d'une
    précédente consultation »): only the parcel sense sets it aside."""
    return _PREVIOUS.search(sentence_around(scan, start, end)) is not None or _parcel(scan, start, end)


def _title_after(text: str, end: int) -> str:
    line_end = text.find("\n", end)
    line = text[end:(line_end if line_end >= 0 else len(text))][:160]
    line = re.sub(r"^\s*[:\-–—.)]\s*", "", line).strip(" :-–—.")
    return cut_title(line)


_INTITULE_RE = re.compile(r"intitul[ée]\s*:\s*(.+)", re.IGNORECASE)


def _title_near(text: str, start: int, end: int) -> str:
    """Title on the same line, else on an « Intitulé : » line just before or after (notice forms)."""
    title = _title_after(text, end)
    if title:
        return title
    prev_end = text.rfind("\n", 0, start)
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    nxt_start = text.find("\n", end) + 1
    nxt_end = text.find("\n", nxt_start) if nxt_start > 0 else -1
    for line in (text[nxt_start:nxt_end if nxt_end > 0 else len(text)] if nxt_start > 0 else "",
                 text[prev_start:prev_end] if prev_end > 0 else ""):
        m = _INTITULE_RE.search(line[:300])
        if m and not re.search(r"\blot\s*n", m.group(1), re.IGNORECASE):
            return m.group(1).strip(" .:")[:200]
    return ""


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
# lots named by a capital letter at a line's start, as a list or the rows of a table: « Lot A – Mobilier
# administratif   300 000 € HT »
_LETTER_LOT_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-•*–][ \t]*)?lot[ \t]+(?-i:(?P<id>[A-H]))[ \t]*[:\-–—.|]",
                            re.IGNORECASE)


def lot_marks(text: str, scan: Scanner | None = None) -> dict[int, list[tuple[int, int, str]]]:
    marks: dict[int, list[tuple[int, int, str]]] = {}
    scan = scan or Scanner(text)
    for m in scan.finditer(LOT_MARK_RE, LOT_ANCHOR, 5, 40):
        raw = (m.group("num") or m.group("num2") or m.group("num3") or m.group("num4") or m.group("num5")
               or m.group("num6") or m.group("num7") or m.group("num8") or m.group("num9"))
        num = int(raw) if raw else _ROMAN.index(m.group("roman")) + 1
        if num > 300:
            continue
        # « tranche » right before is not a lot (« tranche ferme lot 1 » is still a lot; we only skip ranges)
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\bdes?\s*$|\bau\s*$", before) and not (m.group("num") or m.group("num6")):
            continue
        marks.setdefault(num, []).append((m.start(), m.end(), _title_near(text, m.start(), m.end())))
    return marks


def _structured(doc: Document, res: AllotmentResult) -> bool:
    fields = fields_of(doc)
    if not fields:
        return False
    lot_ids: dict[int, tuple[int, int]] = {}
    eforms_ids: dict[str, tuple[int, int]] = {}
    decided = False
    for f in fields:
        tail = f.tail(2)
        last = f.names[-1]
        if tail in ("DIV_EN_LOTS/OUI", "DIV_EN_LOTS/NON"):
            res.divided = tail.endswith("OUI")
            res.spans.append((f.start, f.end))
            decided = True
        elif last in ("LOT_DIVISION", "NO_LOT_DIVISION") and "OBJECT_CONTRACT" in f.names:
            res.divided = last == "LOT_DIVISION"
            res.spans.append((f.start, f.end))
            decided = True
        elif (tail in ("LOT/NUM", "DECISION/NUM_LOT") or last in ("LOT_NO", "LOT_NUMBER")) and f.text:
            m = re.search(r"\d{1,3}", f.text)
            if m:
                lot_ids.setdefault(int(m.group()), (f.start, f.end))
        elif last == "ID" and f.attributes.get("schemeName") == "Lot" and "ProcurementProjectLot" in f.names:
            eforms_ids.setdefault(f.text, (f.start, f.end))
    if eforms_ids:
        real = {k: v for k, v in eforms_ids.items() if k not in ("LOT-0000",)}
        if not decided:
            # eForms has no field for the division: every notice describes its purchase as lots, one (LOT-0001)
            # when it is not divided
            res.divided = len(real) > 1
            decided = True
        if len(real) > 1:
            res.lot_count = len(real)
            res.spans.extend(list(real.values())[:3])
            for k, v in real.items():
                m = re.search(r"\d+", k)
                if m:
                    lot_ids.setdefault(int(m.group()), v)
        else:
            res.spans.append(next(iter(eforms_ids.values())))
    if lot_ids and res.divided is not False:
        if res.lot_count is None:
            res.lot_count = max(max(lot_ids), len(lot_ids))
        if not decided:
            res.divided = True
            decided = True
        res.spans.append(lot_ids[max(lot_ids)])
        for num, span in lot_ids.items():
            res.lot_marks.setdefault(num, []).append((span[0], span[1], ""))
    if decided:
        res.source, res.explicit = "structured", True
    return decided


# « les lots n° 1 et 2 », « lots 1, 2 et 3 »: numbers listed after a plural « lots »
PLURAL_LOTS_RE = re.compile(
    r"\blots\s*" + NUMERO_OPT + r"(?P<first>\d{1,3})(?P<more>" + MORE_NUMBERS + r"+)" + NOT_A_LOT_NUMBER,
    re.IGNORECASE,
)
# BOAMP notices: one « Lot(s) <intitulé> » heading per lot section
LOTS_HEADING_RE = re.compile(r"^[ \t]*Lot\(s\)[ \t]+(?![\d\s]*[.\-:])\S", re.MULTILINE)
# « Allotissement du projet : » followed by one numbered line per lot (« 00 GENERALITES », « 01 GROS ŒUVRE »)
LOT_LIST_HEAD_RE = re.compile(
    r"(?:allotissement|d[ée]composition\s+en\s+lots|liste\s+des\s+lots|r[ée]partition\s+en\s+lots|lots\s+suivants|"
    r"lots\s+sont\s+les\s+suivants|d[ée]compos[ée]e?s?\s+en\s+lots|(?:^|(?<=\n))[ \t]*lots(?=[ \t]*:))[^\n]{0,60}:[ \t]*\n",
    re.IGNORECASE,
)
_LIST_LINE_RE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:" + LOT_ON_LINE + r")?(?P<n>\d{1,2})(?:[ \t]*[-.):–][ \t]*|[ \t]+)"
                           r"(?P<t>[^\d\s][^\n]{1,100})\n", re.IGNORECASE)


def _listed_lots(scan: Scanner) -> tuple[int, tuple[int, int]] | None:
    """A list of numbered lines right after « Allotissement : » (numbers consecutive from 0 or 1)."""
    text = scan.text
    for m in scan.finditer(LOT_LIST_HEAD_RE, LOT_ANCHOR, 40, 80):
        pos = m.end()
        numbers: list[int] = []
        # under a bare « Lots : » heading the lines must read as lot titles, not sentences
        bare = re.match(r"\s*lots\s*:", m.group(), re.IGNORECASE) is not None
        while len(numbers) < 60:
            line = _LIST_LINE_RE.match(text, pos)
            if not line or (bare and (len(line.group("t")) > 70 or line.group("t").rstrip().endswith((".", ";", "?")))):
                break
            n = int(line.group("n"))
            if numbers and n != numbers[-1] + 1:
                break
            if not numbers and n > 1:
                break
            numbers.append(n)
            pos = line.end()
        if len(numbers) >= 2:
            return len(numbers), (m.start(), pos)
    return None


# a lot named in a sentence: « … soit 420 000 € HT pour le lot 1 », « Le lot 3 (espaces verts) est réservé »
_PROSE_LOT_RE = re.compile(r"(?<!-)\b(?:le|du|au|pour\s+le|sur\s+le|titulaire\s+du)\s+lot\s*" + NUMERO_OPT
                           + r"(?P<num>\d{1,3})\b" + NOT_A_LOT_NUMBER + r"(?![.,]\d)", re.IGNORECASE)


def _prose_marks(scan: Scanner) -> dict[int, list[tuple[int, int, str]]]:
    """Lots named in sentences, without a title (the rest of a sentence is none)."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for m in scan.finditer(_PROSE_LOT_RE, LOT_ANCHOR, 20, 20):
        num = int(m.group("num"))
        if 0 < num <= 300:
            out.setdefault(num, []).append((m.start(), m.end(), ""))
    return out


def lots_named_in(sentence: str) -> int | None:
    """How many lots a sentence lists (« pour chacun des lots 1, 2 et 3 » → 3, « lots 1 à 4 » → 4), if it
    lists some: a figure per lot given for those lots holds for them, not for every lot of the contract."""
    listed = PLURAL_LOTS_RE.search(sentence)
    if listed:
        return 1 + len(re.findall(r"\d{1,3}", listed.group("more")))
    ranged = LOT_RANGE_RE.search(sentence)
    return int(ranged.group("n")) if ranged else None


def _plural_marks(scan: Scanner) -> dict[int, list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = {}
    for m in scan.finditer(PLURAL_LOTS_RE, LOT_ANCHOR, 2, 40):
        nums = [int(m.group("first"))] + [int(x) for x in re.findall(r"\d{1,3}", m.group("more"))]
        if any(n > 300 for n in nums) or len(set(nums)) != len(nums):
            continue
        for n in nums:
            out.setdefault(n, []).append((m.start(), m.end(), ""))
    return out


_LOT_IN_SENTENCE_RE = re.compile(r"\b" + LOTS + r"(\d{1,3})\b(" + MORE_NUMBERS + r"*)",
                                 re.IGNORECASE)
A_RESERVE = re.compile(r"réserv|reserv")


def _reserved_lots(scan: Scanner) -> dict[int, tuple[list[str], tuple[int, int]]]:
    """Lots said to be reserved in a sentence (« le lot n° 3 … est réservé aux SIAE … L2113-13 »)."""
    out: dict[int, tuple[list[str], tuple[int, int]]] = {}
    low = scan.low
    done = -1
    for a, _b in scan.hits(A_RESERVE):
        if a < done:
            continue
        s = max(low.rfind(". ", max(0, a - 300), a), low.rfind("\n\n", max(0, a - 300), a), max(0, a - 300))
        e = low.find(". ", a, a + 400)
        e = a + 400 if e < 0 else e
        done = e
        if "lot" not in low[s:e]:
            continue
        sentence = scan.text[s:e]
        # the lots named before « réservé » in the sentence (« le lot n° 3 … est réservé »), else just after it
        rel = a - s
        named = [m for m in _LOT_IN_SENTENCE_RE.finditer(sentence) if m.start() < rel] or \
            list(_LOT_IN_SENTENCE_RE.finditer(sentence[rel:rel + 80]))
        if not named:
            continue
        bases = reserved_bases_in(sentence)
        if not bases:
            continue
        m = named[-1]
        nums = [int(m.group(1))] + [int(x) for x in re.findall(r"\d{1,3}", m.group(2) or "")]
        for n in nums:
            out.setdefault(n, (bases, scan.span(s, e)))
    return out


def _reason(text: str, start: int) -> str | None:
    """The motivation written next to a statement that the contract is not divided."""
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    window = text[s:start + 500]
    sentences = re.split(r"(?<=[.;])\s+|\n", window)
    for i, sentence in enumerate(sentences[:4]):
        if len(sentence) < 12:
            continue
        if REASON_CUE_RE.search(sentence) and not re.match(r"^\s*(?:oui|non)\b", sentence, re.IGNORECASE):
            return " ".join(sentence.split())[:400]
        if i and re.match(r"^\s*(?:[IVX]+\.\d|Section|\d+[.)])", sentence):
            break
    return None


def _lot_id(raw: str) -> str:
    raw = raw.replace(" ", "").upper()
    return str(int(raw)) if raw.isdigit() else raw


def analyse_allotment(doc: Document, scan: Scanner | None = None) -> AllotmentResult:
    res = AllotmentResult()
    if doc.doc_type == BLANK_FORM:
        return res
    scan = scan or Scanner(doc.text)
    text = scan.text
    structured = _structured(doc, res)
    structured_positions = {a: str(num) for num, items in res.lot_marks.items() for a, _b, _t in items}

    marks = lot_marks(text, scan)  # « Lot n° 1 : … lotissement … » is a lot, whatever its title speaks of
    res.table = table_lots(doc, scan)
    for num, row in res.table.rows.items():
        if num not in marks:
            marks[num] = [(row.start, row.end, row.title)]
    plural_only: set[int] = set()
    for found in (_plural_marks(scan), _prose_marks(scan)):
        for num, items in found.items():
            items = [item for item in items if not _parcel(scan, item[0], item[1])]
            if items and num not in marks:
                marks[num] = items
                plural_only.add(num)
    # lots only named in a sentence (« les lots 2 et 4 sont réservés ») are some of the lots, not
    # all of them: they count only when the numbers run 1..n
    ranges = [m for m in scan.finditer(LOT_RANGE_RE, LOT_ANCHOR, 2, 30)
              if 2 <= int(m.group("n")) <= 300 and not _not_this_contract(scan, m.start(), m.end())]
    # « les lots 1 à 4 …, les lots 5 et 6 … »: a range from lot 1 names its lots as a list does
    named = set(marks).union(*(range(1, int(m.group("n")) + 1) for m in ranges))
    counted = named if named == set(range(1, len(named) + 1)) else set(marks) - plural_only
    for num, row in res.table.rows.items():
        if row.reserved_bases:
            res.reserved[num] = list(row.reserved_bases)
    for num, (bases, _span) in _reserved_lots(scan).items():
        res.reserved.setdefault(num, bases)
    for num, items in marks.items():
        res.lot_marks.setdefault(num, []).extend((scan.orig(a), scan.orig(b), t) for a, b, t in items)
    notice_ids: dict[str, tuple[int, int]] = {}
    for m in scan.finditer(NOTICE_LOT_RE, LOT_ANCHOR, 2, 30):
        notice_ids.setdefault(_lot_id(m.group("id")), m.span())
    letters: dict[str, tuple[int, int]] = {}
    letter_positions: list[tuple[int, str]] = []  # every line a lettered lot opens: its title, then its figure
    for m in scan.finditer(_LETTER_LOT_RE, LOT_ANCHOR, 10, 20):
        if not _parcel(scan, m.start(), m.end()):
            letters.setdefault(m.group("id").upper(), m.span())
            letter_positions.append((m.start(), m.group("id").upper()))
    # lettered lots A, B, C… count only as a run from A: « Lot C » alone may be a building's
    lettered = sorted(letters) == [chr(ord("A") + i) for i in range(len(letters))] and len(letters) >= 2

    positions = {a: str(num) for num, items in marks.items() for a, _b, _t in items}
    positions.update(structured_positions)
    for lot_id, (a, _b) in notice_ids.items():
        positions[a] = lot_id
    if lettered:
        for a, lot_id in letter_positions:
            positions.setdefault(a, lot_id)
    res.positions = sorted(positions.items())

    form_yes = form_no = None
    form_count = None
    for m in scan.finditer(FORM_RE, LOT_ANCHOR, 40, 30):
        if _REPLACED.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # a correction notice's « Au lieu de : … » is the value it replaces
        yn = FORM_ANSWER.get(" ".join((m.group("yn") or m.group("yn2") or m.group("yn3") or m.group("yn4")
                                        or m.group("yn5") or "")
                                       .lower().split()), "")
        if m.group("n2"):
            form_count = small_number(m.group("n2"))
            yn = "oui"
        if yn == "oui" and form_yes is None:
            form_yes = m
        elif yn == "non" and form_no is None:
            form_no = m
    counts = []
    replaced = replaced_spans(scan.low)
    for m in scan.finditer(COUNT_RE, LOT_ANCHOR, 60, 60):  # (after: « lot 04 de l'opération, qui en compte 11 »)
        raw = next(g for g in m.groups() if g)
        n = small_number(raw)
        if doc.doc_type in TECHNICAL_PIECES and (TECHNICAL_LOTS_RE.match(text, m.end()) or m.group("n2")):
            continue
        if any(lo <= m.start() < hi for lo, hi in replaced):
            continue  # a correction's « Au lieu de : … Nombre de lots : 4 » is the count it replaces
        if n and 2 <= n <= 300 and not _not_this_contract(scan, m.start(), m.end()):
            counts.append((n, m))
    neg = scan.search(NEG_RE, LOT_ANCHOR, 120, 40) or scan.search(GENERAL_CONTRACTOR_RE, GENERAL_ANCHOR, 60, 40)
    pos = next((m for m in scan.finditer(POS_RE, LOT_ANCHOR, 60, 30) if not _not_this_contract(scan, m.start(), m.end())),
               None)
    single = scan.search(SINGLE_LOT_RE, LOT_ANCHOR, 30, 10)
    lot_range = max(ranges, key=lambda m: int(m.group("n")), default=None)
    one_lot = scan.search(ONE_LOT_RE, LOT_ANCHOR, 50, 20)

    def add(m: re.Match[str] | tuple[int, int]) -> None:
        a, b = m.span() if isinstance(m, re.Match) else m
        span = scan.span(a, b)
        if span not in res.spans:
            res.spans.append(span)

    if not structured:
        if form_yes is not None and (form_no is None or form_yes.start() < form_no.start()):
            res.divided = True
            add(form_yes)
            res.source, res.explicit = "formulaire", True
        elif neg is not None and _THIS_CONTRACT.search(scan.low, max(0, neg.start() - 80), neg.end()):
            res.divided = False  # « La présente consultation n'est pas allotie » prevails over the lot it relaunches
            add(neg)
            res.source, res.explicit = "texte", True
        elif one_lot is not None:
            res.divided = True  # the document covers one lot of a divided contract
            add(one_lot)
            res.source, res.explicit = "texte", True
        elif form_no is not None:
            res.divided = False
            add(form_no)
            res.source, res.explicit = "formulaire", True
        elif neg is not None and not (counts and counts[0][1].start() < neg.start()):
            res.divided = False
            add(neg)
            res.source, res.explicit = "texte", True
        elif counts:
            res.divided = True
            add(counts[0][1])
            res.source, res.explicit = "texte", True
        elif marks:
            res.divided = True
            first = min((it for items in marks.values() for it in items), key=lambda t: t[0])
            add((first[0], first[1]))
            res.source = "numéro de lot"
        elif lettered:
            res.divided = True
            add(letters["A"])
            res.source = "lettre de lot"
        elif lot_range is not None:
            res.divided = True
            add(lot_range)
            res.source = "texte"
        elif (listed := _listed_lots(scan)) is not None:
            res.divided = True  # « Lots : » then « 01 - Terrassements », « 02 - Gros œuvre »…
            add(listed[1])
            res.source = "texte"
        elif pos is not None:
            res.divided = True
            add(pos)
            res.source = "texte"
        else:
            weak = UNIQUE_CONTRACT_RE.search(text)
            if weak is not None:
                res.divided = False
                add(weak)
                res.source = "texte (marché unique)"

    if res.divided and res.lot_count is None:
        if form_count:
            res.lot_count = form_count
        elif counts:
            res.lot_count = counts[0][0]
            add(counts[0][1])
            res.count_amended = _said_as_a_change(scan.low, counts[0][1].start(), counts[0][1].end(), replaced)
        elif form_yes is not None and notice_ids:
            # a notice form: one « Lot nº » line per lot section
            res.lot_count = len(notice_ids)
            add(list(notice_ids.values())[-1])
        elif (listed := _listed_lots(scan)) is not None and listed[0] >= len(marks):
            res.lot_count = listed[0]
            add(listed[1])
        elif lot_range is not None and int(lot_range.group("n")) >= max(len(marks), len(counted)):
            res.lot_count = int(lot_range.group("n"))
            add(lot_range)
        elif len(marks) < 2 and len(headings := LOTS_HEADING_RE.findall(text)) >= 2:
            res.lot_count = len(headings)
        elif len(counted) >= 2:
            res.lot_count = len(counted)
            top = marks[max(counted)][0]
            add((top[0], top[1]))
        elif lettered and not marks:
            res.lot_count = len(letters)
            add(letters[max(letters)])
        elif single is not None:
            res.lot_count = 1
            add(single)
        elif form_yes is not None and len(marks) == 1 and 1 in marks:
            res.lot_count = 1
    if res.divided is False:
        res.lot_count = None
        res.no_division_reason = None
        for said in (form_no, neg):
            if said is not None:
                res.no_division_reason = _reason(text, said.start())
                if res.no_division_reason:
                    break
    return res
