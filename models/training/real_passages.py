"""Real passages written by public buyers, kept as POINTERS into ../shared/corpus.

The corpus may not be copied into the repository, so ``real_passages.jsonl`` holds, for each
labelled passage, the source document (path relative to the corpus), a start anchor (the first
~60 characters of the passage, verbatim from the analysis text) and an end anchor (the last ~40
characters). ``resolve`` reads the source with the engine's own ingestion (``ingest_file``),
finds the start anchor and then the end anchor after it, and returns the passage text.

Functions
- ``harvest_structured(corpus_dir)``: the prose fields of the XML notices (BOAMP, TED R2.0.9,
  eForms) whose element path gives the passage's role (``FIELD_ROLES``), plus the fields whose
  sentences must be labelled by hand (complementary information).
- ``candidate_passages(document)``: a text document's analysis text cut into the units a
  reader sees (sentence, list item, table row, role heading with its first line), <= 600 chars.
- ``resolve(record, corpus_dir)`` / ``load(corpus_dir)``: pointers back to text for training.

The labels themselves (role, topics, polarity) were given by reading every passage; see
REAL_PASSAGES.md for the guidelines, the hard cases and the counts.

Command line (from the repository root):

    .venv/bin/python models/training/real_passages.py paths      # distinct XML field paths and counts
    .venv/bin/python models/training/real_passages.py check      # resolve every pointer, print counts
    .venv/bin/python models/training/real_passages.py stats      # role x topic, folders, sources
    .venv/bin/python models/training/real_passages.py candidates notices/35590039__T455630323.txt
                                                                  # passages + anchors of one document
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
JSONL = Path(__file__).resolve().parent / "real_passages.jsonl"

ROLES = ("object", "selection", "criteria", "execution", "reservation", "price_schedule", "form", "other")
TOPICS = ("insertion", "social", "environmental", "reservation")
POLARITIES = ("present", "absent")

MAX_CHARS = 600
START_ANCHOR = 60
END_ANCHOR = 40

XML_FOLDERS = ("boamp-xml", "ted-xml", "ted-xml-2", "eforms-xml")
TEXT_FOLDERS = ("notices", "notices-original", "dossiers", "rc-condensed")

# --------------------------------------------------------------------------------------------
# Element path -> role. Paths are matched after removing "[n]" indices. First match wins.
# role None = the field carries prose of any role: its sentences are labelled by hand.
# Fields not matched at all carry no prose (codes, addresses, dates, amounts) and are skipped.
# --------------------------------------------------------------------------------------------

FIELD_ROLES: list[tuple[str, str | None]] = [
    # --- award criteria -------------------------------------------------------------------
    (r"/AC_CRITERION$", "criteria"),                       # TED AC_QUALITY / AC_COST / AC_CRITERIA / DIRECTIVE_*
    (r"/CRITERIA_DEFINITION/CRITERIA$", "criteria"),       # TED defence forms
    (r"/PROCEDURE/CRITERIA_EVALUATION/P$", "criteria"),    # F12/F13 design contests: criteria for evaluating projects
    (r"/CRITERES_ATTRIBUTION/.*CRITERE$", "criteria"),    # BOAMP CRITERES_QUALITE / CRITERES_PONDERES / CRITERES_COUT
    (r"/CRITERES_ATTRIBUTION/CRITERES_LIBRE$", "criteria"),
    (r"/AwardingCriterion/SubordinateAwardingCriterion/Description$", "criteria"),  # eForms BT-540/BT-734
    (r"/AwardingCriterion/Description$", "criteria"),
    # --- execution conditions -------------------------------------------------------------
    (r"/LEFTI/PERFORMANCE_CONDITIONS/P$", "execution"),
    (r"/CONDITION_PARTICULIERE_EXECUTION$", "execution"),  # BOAMP
    (r"/EXISTENCE_OTHER_PARTICULAR_CONDITIONS/P$", "execution"),  # TED defence III.1.4
    (r"/ContractExecutionRequirement/Description$", "execution"),  # eForms BT-70
    (r"/StrategicProcurement/.*Description$", "execution"),
    # --- selection (who may bid, what to prove) -------------------------------------------
    (r"/LEFTI/(SUITABILITY|ECONOMIC_FINANCIAL_INFO|ECONOMIC_FINANCIAL_MIN_LEVEL|TECHNICAL_PROFESSIONAL_INFO"
     r"|TECHNICAL_PROFESSIONAL_MIN_LEVEL|RULES_CRITERIA|CRITERIA_SELECTION|PARTICULAR_PROFESSION)/P$", "selection"),
    (r"/LEFTI/QUALIFICATION/(CONDITIONS|METHODS)/P$", "selection"),
    (r"/F17_CONDITIONS_FOR_PARTICIPATION/.*/P$", "selection"),
    (r"/OBJECT_DESCR/CRITERIA_CANDIDATE/P$", "selection"),     # II.2.9 objective criteria for limiting candidates
    (r"/OPE_OBJECTIVE_CRITERIA/P$", "selection"),
    (r"/CONDITION_PARTICIPATION/(CAP_ECO|CAP_TECH|CAP_ECO_NIVEAU_MINI|CAP_TECH_NIVEAU_MINI|SITUATION_JURIDIQUE"
     r"|CRITERE_SELECTION)$", "selection"),
    (r"/CONDITION_PARTICIPATION/JUSTIFICATIFS_CANDIDAT/P$", "selection"),
    (r"/CONDITION_PARTICIPATION/PRESTATION_RESERVEE_OUI$", "selection"),   # reserved to a profession
    (r"/NB_CANDIDATS/LIMITATION_CANDIDATS$", "selection"),
    (r"/SelectionCriteria/Description$", "selection"),                     # eForms BT-750
    (r"/EconomicOperatorShortList/LimitationDescription$", "selection"),
    # --- reservation (III.1.5 / BT-71) ----------------------------------------------------
    (r"/LEFTI/(RESTRICTED_SHELTERED_WORKSHOP|RESTRICTED_SHELTERED_PROGRAM|RESERVED_ORGANISATIONS_SERVICE_MISSION)$",
     "reservation"),
    (r"/CONDITION_PARTICIPATION/MARCHE_RESERVE_NON$", "reservation"),
    (r"/SpecificTendererRequirement/TendererRequirementTypeCode$", "reservation"),  # listName=reserved-procurement
    # --- object / description -------------------------------------------------------------
    (r"/OBJECT_CONTRACT/(OBJECT_DESCR/)?(TITLE|SHORT_DESCR)/P$", "object"),
    (r"/OBJECT_CONTRACT/OBJECT_DESCR/DIRECTIVE_[0-9_A-Z]+/(TITLE|SHORT_DESCR)/P$", "object"),
    (r"/AWARD_CONTRACT/TITLE/P$", "object"),
    (r"/DESCRIPTION_CONTRACT_INFORMATION_DEFENCE/(TITLE_CONTRACT|SHORT_CONTRACT_DESCRIPTION)/P$", "object"),
    (r"/NATURE_QUANTITY_SCOPE/TOTAL_QUANTITY_OR_SCOPE/P$", "object"),
    (r"/OBJET/(OBJET_COMPLET|TITRE_MARCHE)$", "object"),
    (r"/OBJET/CARACTERISTIQUES/PRINCIPALES$", "object"),
    (r"/OBJET/LOTS/LOT/(INTITULE|DESCRIPTION)$", "object"),
    (r"/ATTRIBUTION/DECISION/(INTITULE|DESCRIPTION)$", "object"),
    (r"/INDEXATION/RESUME_OBJET$", "object"),
    (r"/ProcurementProject/(Name|Description)$", "object"),          # eForms BT-21 / BT-24 (procedure and lot)
    (r"/SettledContract/Title$", "object"),
    # --- any role: complementary information and free text, labelled sentence by sentence --
    (r"/INFO_ADD/P$", None),                       # VI.3 and II.2.14
    (r"/RENSEIGNEMENTS_COMPLEMENTAIRES/RENS_COMPLEMENT$", None),
    (r"/OBJET/LOTS/LOT/INFO_COMPL$", None),
    (r"/ProcurementProject/Note$", None),          # eForms BT-300
    (r"/ADDITIONAL_INFORMATION/P$", None),         # TED defence VI.3
    (r"/MAIN_FEATURES_AWARD/P$", None),            # F21/F22/F25 main features of the award procedure
    (r"/OBJECT_DESCR/OPTIONS_DESCR/P$", None),
    (r"/OBJET/LOTS/LOT/OPTIONS_DESCRIPTION$", None),
    (r"/LEFTI/REFERENCE_TO_LAW/P$", None),
    (r"/TenderingProcess/Description$", None),
    # --- other: procedure, money, law, appeal ----------------------------------------------
    (r"/REVIEW_PROCEDURE/P$", "other"),
    (r"/PROCEDURES_RECOURS_PRECISIONS$", "other"),
    (r"/AppealTerms/PresentationPeriod/Description$", "other"),
    (r"/LEFTI/(LEGAL_FORM|MAIN_FINANCING_CONDITION|DEPOSIT_GUARANTEE_REQUIRED)/P$", "other"),
    (r"/CONTRACT_RELATING_CONDITIONS/(LEGAL_FORM|MAIN_FINANCING_CONDITIONS|DEPOSITS_GUARANTEES_REQUIRED)/P$", "other"),
    (r"/CONDITION_RELATIVE_MARCHE/(FINANCEMENT|FORME_JURIDIQUE)$", "other"),
    (r"/CONDITION_ADMINISTRATIVE/(CONDITIONS_ET_MODE_PAIEMENT_OBTENIR_DOCUMENTS|RECOMPENSES_LAUREAT|PERS_OUVERTURE_OFFRES_OUI)$", "other"),
    (r"/OBJECT_DESCR/(RENEWAL_DESCR|MAIN_SITE|EU_PROGR_RELATED)/P$", "other"),
    (r"/OBJET/LOTS/LOT/RENOUVELLEMENT_DESCRIPTION$", "other"),
    (r"/ContractExtension/Renewal/Period/Description$", "other"),
    (r"/LOT_DIVISION/LOT_COMBINING_CONTRACT_RIGHT/P$", "other"),
    (r"/OBJET/LOTS_RESERVE_POUVOIR_ADJUDICATEUR$", "other"),
    (r"/PT_AWARD_CONTRACT_WITHOUT_(CALL|PUBLICATION)/D_JUSTIFICATION/P$", "other"),
    (r"/ProcessJustification/ProcessReason$", "other"),
    (r"/PROCEDURE/(NUMBER_VALUE_PRIZE|DETAILS_PAYMENT)/P$", "other"),
    (r"/AwardingTerms/Prize/Description$", "other"),
    (r"/OBJECT_CONTRACT/CALCULATION_METHOD/P$", "other"),
    (r"/AWARDED_CONTRACT/(INFO_ADD_VALUE|INFO_ADD_SUBCONTRACTING)/P$", "other"),
    (r"/ConcessionRevenue/ValueDescription$", "other"),
    (r"/SubcontractingTerm/TermDescription$", "other"),
    (r"/COMPLEMENTARY_INFO/ESTIMATED_TIMING/P$", "other"),
    (r"/OPENING_CONDITION/INFO_ADD/P$", "other"),
    (r"/CONTRACTING_BODY/(CA_ACTIVITY_OTHER|CE_ACTIVITY_OTHER|CA_TYPE_OTHER)$", "other"),  # the buyer's activity
    (r"/CONTRACTING_BODY/PROCUREMENT_LAW/P$", "other"),
    (r"/ACTIVITE_PRINCIPALE/.*/AUTRE$", "other"),
]

# Present in the corpus but deliberately NOT harvested (no prose, or not the buyer's words):
# TRANSLATION_SECTION (titles machine-translated into 24 languages), ORIGINAL_CPV (CPV labels),
# addresses / names / dates / amounts / codes, AC_WEIGHTING (a number), and the eForms
# ExecutionRequirementCode listName=reserved-execution "yes" that the TED->eForms converter writes
# for notices whose TED original reserves nothing (gold label marche_reserve=0).
_COMPILED = [(re.compile(p), r) for p, r in FIELD_ROLES]


def field_role(path: str) -> tuple[bool, str | None]:
    """(harvested?, role) for an element path; role None = label its sentences by hand."""
    clean = re.sub(r"\[\d+\]", "", path)
    for pattern, role in _COMPILED:
        if pattern.search(clean):
            return True, role
    return False, None


# --------------------------------------------------------------------------------------------
# Reading documents (the engine's own ingestion), cached per process
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _ingest(corpus_dir: str, rel: str):
    from clausecheck.ingestion import ingest_file

    docs = ingest_file(Path(corpus_dir) / rel, rel, rel)
    return docs[0] if docs else None


def read_document(rel: str, corpus_dir: Path | str = DEFAULT_CORPUS):
    return _ingest(str(Path(corpus_dir).resolve()), rel)


def corpus_files(corpus_dir: Path | str = DEFAULT_CORPUS) -> list[str]:
    root = Path(corpus_dir)
    out = []
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(root).as_posix()
        if "/" not in rel or p.name in ("README.md", "SOURCES.md") or p.suffix == ".csv":
            continue
        out.append(rel)
    return out


# --------------------------------------------------------------------------------------------
# Passages
# --------------------------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class Passage:
    start: int      # offsets in document.text
    end: int
    text: str
    path: str = ""  # XML element path when the passage comes from a field
    role: str | None = None  # role given by the field path (None: by hand)
    from_field: bool = False


_BULLET = re.compile(r"^\s*(?:[-–—•·▪○●►✓✔☐☒■□❖➢>*]|\d{1,2}\s*[.)°/-]\s|\d+(?:\.\d+)+\.?\s|[a-zA-Z]\)\s|\(?[ivxIVX]{1,4}\)\s"
                     r"|[IVX]{1,4}(?:\.\d+)*\)|[IVX]{1,4}\s*[.–-]\s|(?:ARTICLE|Article|Art\.)\s*\d|Lot\s*(?:n\s*[°ºo]|\d)|LOT\s*\d"
                     r"|Critère\s*(?:n\s*°\s*)?\d|CHAPITRE|Chapitre|Section\s|SECTION\s|\*\*)")
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)+\s+[A-ZÀ-Ý]|[IVX]{1,4}(?:\.\d+)*\)|\d+(?:\.\d+)*\s*[-–.)]\s|(?:ARTICLE|Article)\s*\d|CHAPITRE|Section\s[IVX\d])")
_END_PUNCT = ".!?;:"
_ABBREV = {"art", "n", "no", "m", "mme", "mm", "cf", "p", "pp", "ex", "min", "max", "env", "réf", "ref", "st", "ste",
           "av", "bd", "tél", "tel", "fax", "vol", "chap", "al", "ann", "éd", "ed", "hab", "sq", "etc", "c", "i.e", "e.g",
           "dr", "me", "mlle", "ttc", "ht", "nb", "obs", "resp", "dir", "cod", "s", "l", "r", "d"}
_SENTENCE_END = re.compile(r"[.!?](?=\s+[«\"'(A-ZÀ-ÝÉÈ0-9•\-–—*])|\.(?=[A-ZÀ-ÝÉÈ][a-zà-ÿ]{2})|[.!?](?=\s*\n)")
_ROLE_HEADING = re.compile(
    r"(?i)objet|jugement|crit[èe]re|attribution|ex[ée]cution|clause|insertion|social|environnement|d[ée]veloppement durable"
    r"|r[ée]serv|candidat|s[ée]lection|capacit|participation|pi[èe]ces|prix|dur[ée]e|variante|sous-traitance|d[ée]chet"
    r"|award|criteri|performance|reserved|selection|suitability|description|intitul|title|lot\b|prestations?")
_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of text, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_table_row(line: str) -> bool:
    return " | " in line or line.startswith("| ") or line.endswith(" |")


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 140 or _is_table_row(s):
        return False
    if s.endswith(".") and not s.endswith("..."):
        return False
    if _NUMBERED_HEADING.match(s):
        return True
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True
    return len(s) <= 60 and not s.endswith((",", ";")) and s[:1].isupper()


def _paragraphs(text: str, fmt: str) -> list[tuple[int, int]]:
    """Join wrapped lines into logical paragraphs; returns (start, end) spans (stripped)."""
    wrapped_format = fmt in ("pdf", "docx", "odt")
    spans: list[list[int]] = []
    prev_line = ""
    for start, end in _lines(text):
        raw = text[start:end]
        line = raw.strip()
        if not line or line == "\f" or line.startswith("**page-"):
            prev_line = ""
            continue
        lead = len(raw) - len(raw.lstrip())
        s, e = start + lead, start + lead + len(line)
        join = False
        if spans and prev_line and not _is_table_row(line) and not _is_table_row(prev_line):
            ends_open = prev_line[-1] not in _END_PUNCT
            if ends_open and not _BULLET.match(line):
                first = line[:1]
                if first.islower():
                    join = True
                elif wrapped_format and len(prev_line) >= 55 and not _is_heading(line):
                    join = True
            if ends_open and prev_line.endswith((",", "-", "’", "'", "(", "et", "de", "du", "des", "la", "le", "les", "à", "en")) \
                    and not _NUMBERED_HEADING.match(line) and len(prev_line) >= 20:
                join = True
        if join:
            spans[-1][1] = e
        else:
            spans.append([s, e])
        prev_line = line
    return [(a, b) for a, b in spans]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences (spans), then cut those longer than MAX_CHARS."""
    chunk = text[start:end]
    cuts = [0]
    for m in _SENTENCE_END.finditer(chunk):
        i = m.end()
        # the word before the period: an abbreviation or an initial does not end a sentence
        word = re.search(r"([\wÀ-ÿ.]+)[.!?]$", chunk[:i])
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", w):
                continue
        if i - cuts[-1] < 12:  # too short to stand alone ("1.", "N°.")
            continue
        cuts.append(i)
    cuts.append(len(chunk))
    out: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = chunk[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        s, e = start + a + lead, start + b - trail
        if e > s:
            out.extend(_cut_long(text, s, e))
    return out


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    while e - s > MAX_CHARS:
        window = text[s:s + MAX_CHARS]
        cut = -1
        for sep in ("; ", " ; ", ": ", " - ", ", ", " "):
            k = window.rfind(sep, MAX_CHARS // 3)
            if k > 0:
                cut = k + len(sep.rstrip()) if sep.strip() else k
                break
        if cut <= 0:
            cut = MAX_CHARS
        piece_end = s + cut
        while piece_end > s and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append((s, piece_end))
        s = s + cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append((s, e))
    return out


def _keep(t: str) -> bool:
    return len(t) >= 8 and len(_LETTERS.findall(t)) >= 4


def candidate_passages(document) -> list[Passage]:
    """A text document's passages as a reader sees them, with their offsets in document.text.

    Lines wrapped by the PDF/DOCX layout are joined into paragraphs; a paragraph is cut into
    sentences; list items and table rows stay on their own; a heading that names a role
    ("ARTICLE 9 – JUGEMENT DES OFFRES", "II.2.5) Critères d'attribution") is kept with the first
    sentence under it. Every passage is at most MAX_CHARS long and is an exact span of
    document.text, so two verbatim anchors find it again.
    """
    text = document.text
    paras = _paragraphs(text, document.format)
    units: list[list[tuple[int, int]]] = [_sentences(text, a, b) for a, b in paras]
    out: list[Passage] = []
    i = 0
    while i < len(units):
        sents = units[i]
        if len(sents) == 1:
            hs, he = sents[0]
            head = text[hs:he]
            if _is_heading(head) and _ROLE_HEADING.search(head) and i + 1 < len(units) and units[i + 1]:
                ns, ne = units[i + 1][0]
                nxt = text[ns:ne]
                if not _is_heading(nxt) and ne - hs <= MAX_CHARS and "\f" not in text[he:ns]:
                    out.append(Passage(hs, ne, text[hs:ne]))
                    for s, e in units[i + 1][1:]:
                        out.append(Passage(s, e, text[s:e]))
                    i += 2
                    continue
        for s, e in sents:
            out.append(Passage(s, e, text[s:e]))
        i += 1
    return [p for p in out if _keep(p.text)]


def field_passages(document) -> list[Passage]:
    """Passages of a structured notice taken from its prose fields (role from the element path)."""
    text = document.text
    out: list[Passage] = []
    for f in document.fields:
        harvested, role = field_role(f.path)
        if not harvested:
            continue
        if f.path.endswith("TendererRequirementTypeCode") and f.attributes.get("listName") != "reserved-procurement":
            continue
        value = f.text
        if f.path.endswith("TendererRequirementTypeCode"):
            value = ""  # a code ("none", "res-ws"): the whole line, with its listName, is the passage
        if value:
            s = f.offset
            e = s + len(value)
            if text[s:e] != value:
                # the analysis text is normalised after the fields are read ("nº" -> "no"): the
                # field's value is then the rest of its own line, after "path[attributes]: "
                ls = text.rfind("\n", 0, s) + 1
                le = text.find("\n", ls)
                le = le if le >= 0 else len(text)
                line = text[ls:le]
                colon = line.find(": ")
                if not line.startswith(re.sub(r"\[\d+\]", "", f.path)[:40]) or colon < 0:
                    continue
                s, e = ls + colon + 2, le
        elif role == "reservation":  # an empty flag element (<RESTRICTED_SHELTERED_WORKSHOP/>): its line
            hits = [m.start() for m in re.finditer(re.escape(f.path) + r"(?=\n|$| \[)", text)]
            if not hits:
                continue
            s = min(hits, key=lambda k: abs(k - f.offset))
            le = text.find("\n", s)
            e = le if le >= 0 else len(text)
        else:  # an empty prose element: nothing to read
            continue
        spans = [(s, e)] if e - s <= MAX_CHARS else _sentences(text, s, e)
        for a, b in spans:
            piece = text[a:b]
            if value and not _keep(piece):
                continue
            out.append(Passage(a, b, piece, path=re.sub(r"\[\d+\]", "", f.path), role=role, from_field=True))
    return out


def harvest_structured(corpus_dir: Path | str = DEFAULT_CORPUS) -> list[dict]:
    """Every role-bearing prose field of every XML notice in the corpus, as candidate records."""
    rows = []
    for rel in corpus_files(corpus_dir):
        if rel.split("/")[0] not in XML_FOLDERS:
            continue
        doc = read_document(rel, corpus_dir)
        if doc is None:
            continue
        group = buyer_group(rel, corpus_dir)
        for p in field_passages(doc):
            try:
                start, end = anchors(p.text, doc.text)
            except ValueError:
                continue
            rows.append({"source": rel, "group": group, "start": start, "end": end, "text": p.text,
                         "offset": p.start, "path": p.path, "role": p.role,
                         "how": "field" if p.role else "hand"})
    return rows


# --------------------------------------------------------------------------------------------
# Anchors and resolution
# --------------------------------------------------------------------------------------------

def anchors(passage: str, text: str | None = None, offset: int | None = None) -> tuple[str, str]:
    """Start and end anchors of a passage: its first ~60 and last ~40 characters.

    Given the document's text (and the passage's offset), the anchors are lengthened (up to 120
    and 80 characters) until they find this very passage again, when a shorter start anchor also
    begins an earlier, different passage (repeated boilerplate, sibling flag elements).
    """
    if text is None:
        return passage[:START_ANCHOR], passage[-END_ANCHOR:]
    for n_start in (60, 70, 80, 90, 100, 120):
        for n_end in (40, 60, 80):
            start, end = passage[:n_start], passage[-n_end:]
            span = locate(text, start, end)
            if span is not None and text[span[0]:span[1]] == passage:
                return start, end
            if len(passage) <= n_start:
                break
        if len(passage) <= n_start:
            break
    raise ValueError("passage not found again by its anchors")


def locate(text: str, start: str, end: str) -> tuple[int, int] | None:
    """Offsets of the passage that begins with `start` and ends with `end`.

    The start anchor, then the first end anchor after it -- except that an occurrence of the
    start anchor is skipped when the start anchor occurs again before that end anchor: the same
    boilerplate opening repeated in every lot's description ("Nombre d'heures de travail à
    réaliser ...") then resolves to the passage whose own end follows it.
    """
    starts = []
    k = text.find(start)
    while k >= 0:
        starts.append(k)
        k = text.find(start, k + 1)
    for i, s in enumerate(starts):
        e = text.find(end, s)
        while e >= 0 and e + len(end) < s + len(start):
            e = text.find(end, e + 1)
        if e < 0:
            return None
        if i + 1 < len(starts) and starts[i + 1] < e:
            continue
        return s, e + len(end)
    return None


def resolve(record: dict, corpus_dir: Path | str = DEFAULT_CORPUS) -> str | None:
    """The passage text a pointer designates, or None when it no longer resolves."""
    path = Path(corpus_dir) / record["source"]
    if not path.is_file():
        return None
    doc = read_document(record["source"], corpus_dir)
    if doc is None or not doc.text:
        return None
    span = locate(doc.text, record["start"], record["end"])
    if span is None:
        return None
    s, e = span
    if e - s > MAX_CHARS + 200:  # the end anchor was found far away: not this passage
        return None
    return doc.text[s:e]


def read_records(path: Path | str = JSONL) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(corpus_dir: Path | str = DEFAULT_CORPUS, path: Path | str = JSONL, report: bool = False):
    """[(text, labels, source, group)] for training; labels = {"role", "topics", "polarity"}.

    Pointers that no longer resolve (document missing or changed) are skipped and counted; with
    report=True the function returns (rows, skipped_count).
    """
    rows, skipped = [], 0
    for rec in read_records(path):
        text = resolve(rec, corpus_dir)
        if text is None:
            skipped += 1
            continue
        labels = {"role": rec["role"], "topics": list(rec["topics"]), "polarity": rec["polarity"]}
        rows.append((text, labels, rec["source"], rec["group"]))
    if skipped:
        print(f"real_passages: {skipped} pointeur(s) non résolu(s) sur {len(rows) + skipped}", file=sys.stderr)
    return (rows, skipped) if report else rows


# --------------------------------------------------------------------------------------------
# Groups: the buyer (from the notice or dossier), else the source document
# --------------------------------------------------------------------------------------------

def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\(\s*\d[\d ]*\)", " ", s)  # SIRET in brackets
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60] or "inconnu"


_DOSSIER_BUYERS = {
    "grenoble-inp-2026FCSSA0025": "Grenoble INP",
    "vsgp-25TIC06": "Vallée Sud - Grand Paris",
    "coupvray-combles": "Commune de Coupvray",
    "cuzieu-ecole": "Commune de Cuzieu",
    "camp-des-milles-gardiennage": "Camp des Milles",
    "grand-chambery-surveillance": "Grand Chambéry",
    "guyane-prefecture-gardiennage": "Préfecture de la Guyane",
}


def _buyer_from_text(text: str) -> str | None:
    for pattern in (r"Dépt\. : [\dAB, ]+? ([^\n]+)",
                    r"\bAU \|? ?Authority name \|? ?([^\n]+)",
                    r"Nom et adresse officiels de l'organisme acheteur :\s*\n\s*([^\n]+)",
                    r"I\.1\)\s*\|?\s*(?:NOM ET ADRESSES|Nom et adresses|Name and addresses)\s*\n\s*([^,\n]+)",
                    r"Organisme\s*:?\s*\n\s*([^\n]+)",
                    r"\bOrganization\s*\n\s*([^\n]+)",
                    r"Entité : ([^\n]+)"):
        m = re.search(pattern, text)
        if m and len(m.group(1).strip()) > 2:
            return m.group(1).strip()
    return None


def _buyer_from_fields(doc) -> str | None:
    names = {}
    for f in doc.fields:
        p = f.path
        if re.search(r"(CONTRACTING_BODY|AUTHORITY_ENTITY).*/OFFICIALNAME$", re.sub(r"\[\d+\]", "", p)) and f.text:
            return f.text
        if p.endswith("IDENTITE/DENOMINATION") and f.text:
            return f.text
        if "Organizations/Organization" in p and p.endswith("PartyName/Name") and f.text:
            names.setdefault("org", f.text)
        if p.endswith("ML_AA_NAMES/AA_NAME") and f.text:
            names.setdefault("aa", f.text)
    return names.get("org") or names.get("aa")


@lru_cache(maxsize=4096)
def _buyer_group(corpus_dir: str, rel: str) -> str:
    parts = rel.split("/")
    folder = parts[0]
    if folder == "dossiers":
        return "buyer:" + slug(_DOSSIER_BUYERS.get(parts[1], parts[1]))
    if folder in XML_FOLDERS:
        doc = read_document(rel, corpus_dir)
        name = _buyer_from_fields(doc) if doc is not None else None
        return "buyer:" + slug(name) if name else "doc:" + rel
    if folder == "rc-condensed":
        doc = read_document(rel, corpus_dir)
        text = doc.text if doc is not None else ""
        if "CEA" in text[:3000]:
            return "buyer:cea"
        return "doc:" + rel
    if folder in ("notices", "notices-original"):
        notice_id = parts[1].split("__")[0]
        # the text version of the same notice names the buyer most regularly
        for cand in sorted((Path(corpus_dir) / "notices").glob(f"{notice_id}__*")):
            doc = read_document(f"notices/{cand.name}", corpus_dir)
            name = _buyer_from_text(doc.text) if doc is not None else None
            if name:
                return "buyer:" + slug(name)
        doc = read_document(rel, corpus_dir)
        name = _buyer_from_text(doc.text) if doc is not None else None
        return "buyer:" + slug(name) if name else "notice:" + notice_id
    return "doc:" + rel


def buyer_group(rel: str, corpus_dir: Path | str = DEFAULT_CORPUS) -> str:
    return _buyer_group(str(Path(corpus_dir).resolve()), rel)


# --------------------------------------------------------------------------------------------
# Validation and statistics
# --------------------------------------------------------------------------------------------

def validate_record(rec: dict) -> list[str]:
    errors = []
    for key in ("id", "source", "group", "start", "end", "role", "topics", "polarity", "how"):
        if key not in rec:
            errors.append(f"{rec.get('id')}: champ {key} manquant")
    if rec.get("role") not in ROLES:
        errors.append(f"{rec.get('id')}: rôle {rec.get('role')!r}")
    if any(t not in TOPICS for t in rec.get("topics", [])):
        errors.append(f"{rec.get('id')}: thème {rec.get('topics')!r}")
    if rec.get("polarity") not in POLARITIES:
        errors.append(f"{rec.get('id')}: polarité {rec.get('polarity')!r}")
    if rec.get("how") not in ("field", "hand"):
        errors.append(f"{rec.get('id')}: how {rec.get('how')!r}")
    return errors


def stats(records: list[dict]) -> str:
    lines = [f"passages : {len(records)} ; documents sources : {len({r['source'] for r in records})} ; "
             f"groupes (acheteurs) : {len({r['group'] for r in records})}"]
    lines.append("how : " + ", ".join(f"{k} {v}" for k, v in Counter(r["how"] for r in records).most_common()))
    lines.append("polarité : " + ", ".join(f"{k} {v}" for k, v in Counter(r["polarity"] for r in records).most_common()))
    header = f"{'rôle':<15}{'total':>7}" + "".join(f"{t:>15}" for t in TOPICS) + f"{'aucun':>8}"
    lines.append(header)
    for role in ROLES:
        rs = [r for r in records if r["role"] == role]
        row = f"{role:<15}{len(rs):>7}" + "".join(f"{sum(t in r['topics'] for r in rs):>15}" for t in TOPICS)
        row += f"{sum(not r['topics'] for r in rs):>8}"
        lines.append(row)
    tot = f"{'total':<15}{len(records):>7}" + "".join(f"{sum(t in r['topics'] for r in records):>15}" for t in TOPICS)
    lines.append(tot + f"{sum(not r['topics'] for r in records):>8}")
    lines.append("dossiers du corpus :")
    for folder, n in sorted(Counter(r["source"].split("/")[0] for r in records).items()):
        nsrc = len({r["source"] for r in records if r["source"].startswith(folder + "/")})
        lines.append(f"  {folder:<18}{n:>6} passages  {nsrc:>4} documents")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cmd = argv[0] if argv else "check"
    corpus = DEFAULT_CORPUS
    if "--corpus" in argv:
        corpus = Path(argv[argv.index("--corpus") + 1])
    if cmd == "paths":
        counts: Counter = Counter()
        for rel in corpus_files(corpus):
            if rel.split("/")[0] not in XML_FOLDERS:
                continue
            doc = read_document(rel, corpus)
            for f in doc.fields:
                p = re.sub(r"\[\d+\]", "", f.path)
                harvested, role = field_role(p)
                counts[(rel.split("/")[0], p, (role or "hand") if harvested else "-", bool(f.text.strip()))] += 1
        for (folder, p, role, prose), n in sorted(counts.items()):
            if role != "-" or prose:
                print(f"{folder}\t{n}\t{role}\t{p}")
        return 0
    if cmd == "candidates":
        rel = argv[1]
        doc = read_document(rel, corpus)
        ps = field_passages(doc) if rel.split("/")[0] in XML_FOLDERS else candidate_passages(doc)
        for p in ps:
            try:
                start, end = anchors(p.text, doc.text)
            except ValueError:
                continue
            print(json.dumps({"source": rel, "start": start, "end": end, "path": p.path, "role": p.role,
                              "text": p.text}, ensure_ascii=False))
        return 0
    records = read_records()
    if cmd == "stats":
        print(stats(records))
        return 0
    if cmd == "check":
        errors = [e for r in records for e in validate_record(r)]
        ids = Counter(r["id"] for r in records)
        errors += [f"id en double : {i}" for i, n in ids.items() if n > 1]
        bad = 0
        for rec in records:
            text = resolve(rec, corpus)
            if text is None or not text.startswith(rec["start"]) or not text.endswith(rec["end"]):
                bad += 1
                print(f"non résolu : {rec['id']} {rec['source']} {rec['start'][:30]!r}")
        for e in errors[:50]:
            print(e)
        print(f"{len(records) - bad}/{len(records)} pointeurs résolus ; {len(errors)} erreur(s) de schéma")
        return 1 if errors or bad > 0.03 * len(records) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
