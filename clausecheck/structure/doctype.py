"""Document type (RC, CCAP, CCTP, AE, BPU, DPGF, DQE, AVIS, QR, FORM, CADRE, AUTRE), with the reason."""

from __future__ import annotations

import re

from clausecheck.model import Document
from clausecheck.patterns import NUMERO_GLUED

_CCP_ADMINISTRATIVE = r"cahier\s+des\s+clauses\s+particuli[èe]res[\s\-–—:(]*(?:clauses\s+)?administratives"

# Order matters where titles overlap: the first pattern of a type that matches wins for that type.
_TITLE_PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    ("FORM", re.compile(r"lettre\s+de\s+candidature|d[ée]claration\s+du\s+candidat|le\s+formulaire\s+(?:DC|ATTRI|NOTI)\s?\d|notice\s+explicative\s+(?:du\s+)?(?:formulaire\s+)?(?:DC|ATTRI)\s?\d", re.I), "formulaire type (DC1/DC2/ATTRI)"),
    ("QR", re.compile(r"questions?\s*[-/–et]+\s*r[ée]ponses?|questions?\s+(?:des|de\s+la|du)\s+[^.\n]{0,30}\bet\s+r[ée]ponses?\b|"
                      r"registre des questions|r[ée]ponses?\s+aux\s+(?:questions|demandes)|"
                      r"compl[ée]ments?\s+d['’]\s?informations?\s+aux\s+candidats", re.I), "registre de questions-réponses"),
    # a correction of the dossier that is no notice: it names the pieces it changes (« CCAP art. 1 | … »), is none of
    # them, and amends them all
    ("AUTRE", re.compile(r"\b(?:additif|modificatif|erratum)s?\b", re.I), "correction du dossier (additif, modificatif, erratum)"),
    ("RC", re.compile(r"r[èe]glement\s+(?:de\s+(?:la\s+)?)?consultation", re.I), "titre « règlement de la consultation »"),
    # the administrative part of a cahier des clauses particulières is a CCAP under another name
    ("CCAP", re.compile(r"cahier\s+des\s+clauses\s+administratives\s+particuli[èe]res|\bC\.?C\.?A\.?P\.?\b|" + _CCP_ADMINISTRATIVE,
                        re.I), "titre « cahier des clauses administratives particulières »"),
    ("CCTP", re.compile(r"cahier\s+des\s+clauses\s+techniques\s+particuli[èe]res|\bC\.?C\.?T\.?P\.?\b|cahier\s+des\s+clauses\s+particuli[èe]res"
                        r"(?![\s\-–—:(]*(?:clauses\s+)?administratives)|\bC\.C\.P\.\b", re.I), "titre « cahier des clauses (techniques) particulières »"),
    ("AE", re.compile(r"acte\s+d['’]\s?engagement|\bATTRI\s?1\b", re.I), "titre « acte d'engagement »"),
    ("BPU", re.compile(r"bordereau\s+(?:des\s+)?prix(?:\s+unitaires)?|\bB\.?P\.?U\.?\b", re.I), "titre « bordereau des prix unitaires »"),
    ("DPGF", re.compile(r"d[ée]composition\s+du\s+prix\s+global(?:\s+et\s+forfaitaire)?|\bD\.?P\.?G\.?F\.?\b", re.I), "titre « décomposition du prix global et forfaitaire »"),
    ("DQE", re.compile(r"d[ée]tail\s+quantitatif\s+estimatif|\bD\.?Q\.?E\.?\b", re.I), "titre « détail quantitatif estimatif »"),
    ("CADRE", re.compile(r"cadre\s+de\s+r[ée]ponse|m[ée]moire\s+technique\s+(?:type|à\s+compl[ée]ter)|\bCRT[E]?\b|\bCRF\b|cadre\s+(?:de\s+)?(?:d[ée]composition|r[ée]ponse)", re.I), "cadre de réponse à compléter"),
    ("AVIS", re.compile(r"avis\s+(?:d['’]\s?appel\s+public\s+[àa]\s+la\s+concurrence|de\s+march[ée]|d['’]\s?attribution|de\s+concession|rectificatif|d['’]\s?intention)|\bBOAMP\b|\bJOUE\b|section\s+I\s*:\s*pouvoir\s+adjudicateur|\bavis\s+" + NUMERO_GLUED + r"\s*\d|\bannonce\s+" + NUMERO_GLUED + r"\s*\d|\bND\s+Document\s+number\b|\b(?:contract|contract\s+award|prior\s+information)\s+notice\b|\bAAPC\b|appel\s+d'offres?\s+public|d[ée]tail\s+de\s+la\s+consultation|date\s+de\s+parution|call\s+(?:of|for)\s+(?:expression|tender)|plate-forme\s+des\s+achats\s+de\s+l'[ée]tat", re.I), "avis de publicité (BOAMP/JOUE/TED)"),
]

_FILENAME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("FORM", re.compile(r"(?:^|[^a-z])(?:dc[1-4]|attri2|noti\d)(?:[^a-z0-9]|$)|notice[-_ ]?explicative", re.I)),
    ("QR", re.compile(r"questions?[-_ ]?r[ée]ponses?|registre[-_ ]?q|(?:^|[^a-z])q[-_&]?r(?:[^a-z]|$)", re.I)),
    ("CCAP", re.compile(r"(?:^|[^a-z])(?:ccap|ccp[-_ ]?admin\w*)(?:[^a-z]|$)", re.I)),
    ("CCTP", re.compile(r"(?:^|[^a-z])(?:cctp|ccp|cctp)(?:[^a-z]|$)", re.I)),
    ("RC", re.compile(r"(?:^|[^a-z])rc(?:[^a-z]|$)|r[eè]glement[-_ ]?(?:de[-_ ]?)?(?:la[-_ ]?)?consultation", re.I)),
    ("AE", re.compile(r"(?:^|[^a-z])(?:ae|attri1)(?:[^a-z]|$)|acte[-_ ]?d[-_ ']?engagement", re.I)),
    ("BPU", re.compile(r"(?:^|[^a-z])bpu(?:[^a-z]|$)", re.I)),
    ("DPGF", re.compile(r"(?:^|[^a-z])dpgf(?:[^a-z]|$)", re.I)),
    ("DQE", re.compile(r"(?:^|[^a-z])dqe(?:[^a-z]|$)", re.I)),
    ("CADRE", re.compile(r"(?:^|[^a-z])(?:crte?|crf|cadre[-_ ]?(?:de[-_ ]?)?r[ée]ponse|memoire[-_ ]?technique)(?:[^a-z]|$)", re.I)),
    ("AVIS", re.compile(r"(?:^|[^a-z])(?:avis|aapc|boamp|joue)(?:[^a-z]|$)", re.I)),
]

_HEAD_CHARS = 1500
_TITLE_SLACK = 45  # what a title line may hold besides the piece's name (« Pièce n° 2 – », « valant AE »)
_TITLE_MAX = 140  # a heading in capitals, or « X valant Y », may be long; a sentence is longer
_MERGED = re.compile(r"\s*(?:valant|et|/|-|–)\s", re.I)
# a word that makes the name a reference to another piece: « voir le CCAP », « article 3 du CCTP »
_CITING = re.compile(r"(?:\b(?:du|au|aux|le|la|les|des|voir|cf\.?|selon|dans|par|et|avec)\s*|\bl['’]\s?)$", re.I)


def _stands_as_title(head: str, start: int, end: int) -> bool:
    """The name at [start, end) is most of its line: a title, not a mention inside a sentence (a name
    after a citing word never counts: see classify)."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line = head[line_start:line_end if line_end >= 0 else len(head)].strip()
    letters = [c for c in line if c.isalpha()]
    shouting = len(line) <= _TITLE_MAX and sum(c.isupper() for c in letters) >= 0.7 * max(len(letters), 1)
    # « Acte d'engagement valant cahier des clauses administratives particulières »: the first name is the title
    merged = len(line) <= _TITLE_MAX and _MERGED.match(head, end) is not None
    return len(line) <= (end - start) + _TITLE_SLACK or shouting or merged


def classify(document: Document) -> tuple[str, str]:
    """(type, French reason). The file name decides when it says; else the earliest title in the text."""
    if document.format == "xml":
        root = document.metadata.get("xml_root", "")
        return "AVIS", f"avis structuré XML (élément racine « {root} »)"
    name = document.path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    for doc_type, pattern in _FILENAME_PATTERNS:
        if pattern.search(stem):
            return doc_type, f"nom du fichier « {name} »"
    head = document.text[:_HEAD_CHARS]
    # A piece's name standing as a title (its own line, or most of it) says what the document is; the
    # same name inside a sentence (« l'article 4.2 du CCTP prévoit… » in a register of questions) only
    # cites another piece, and counts only when no title says anything.
    best: tuple[bool, int, str, str, str] | None = None
    for doc_type, pattern, reason in _TITLE_PATTERNS:
        for match in pattern.finditer(head):
            line_start = head.rfind("\n", 0, match.start()) + 1
            if _CITING.search(head, line_start, match.start()):
                continue  # « l'article 4.2 du CCTP », « titulaire de l'acte d'engagement »: another piece
            cited = not _stands_as_title(head, match.start(), match.end())
            if best is None or (cited, match.start()) < best[:2]:
                best = (cited, match.start(), doc_type, reason, match.group(0))
            if not cited:
                break
    if best is not None:
        _cited, position, doc_type, reason, quote = best
        page = document.pages[document.page_index_at(position)].number if document.pages else 1
        return doc_type, f"{reason} : « {' '.join(quote.split())} » (page {page})"
    return "AUTRE", "aucun titre de pièce de marché reconnu en tête du document ni dans son nom"
