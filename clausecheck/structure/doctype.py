"""Document type (RC, CCAP, CCTP, AE, BPU, DPGF, DQE, AVIS, QR, FORM, CADRE, AUTRE), with the reason."""

from __future__ import annotations

import re

from clausecheck.model import Document
from clausecheck.patterns import NUMERO_GLUED

# Order matters where titles overlap: the first pattern of a type that matches wins for that type.
_TITLE_PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    ("FORM", re.compile(r"lettre\s+de\s+candidature|d[ée]claration\s+du\s+candidat|le\s+formulaire\s+(?:DC|ATTRI|NOTI)\s?\d|notice\s+explicative\s+(?:du\s+)?(?:formulaire\s+)?(?:DC|ATTRI)\s?\d", re.I), "formulaire type (DC1/DC2/ATTRI)"),
    ("QR", re.compile(r"questions?\s*[-/–et]+\s*r[ée]ponses?|registre des questions", re.I), "registre de questions-réponses"),
    ("RC", re.compile(r"r[èe]glement\s+(?:de\s+(?:la\s+)?)?consultation", re.I), "titre « règlement de la consultation »"),
    ("CCAP", re.compile(r"cahier\s+des\s+clauses\s+administratives\s+particuli[èe]res|\bC\.?C\.?A\.?P\.?\b", re.I), "titre « cahier des clauses administratives particulières »"),
    ("CCTP", re.compile(r"cahier\s+des\s+clauses\s+techniques\s+particuli[èe]res|\bC\.?C\.?T\.?P\.?\b|cahier\s+des\s+clauses\s+particuli[èe]res|\bC\.C\.P\.\b", re.I), "titre « cahier des clauses (techniques) particulières »"),
    ("AE", re.compile(r"acte\s+d['’]\s?engagement|\bATTRI\s?1\b", re.I), "titre « acte d'engagement »"),
    ("BPU", re.compile(r"bordereau\s+(?:des\s+)?prix(?:\s+unitaires)?|\bB\.?P\.?U\.?\b", re.I), "titre « bordereau des prix unitaires »"),
    ("DPGF", re.compile(r"d[ée]composition\s+du\s+prix\s+global(?:\s+et\s+forfaitaire)?|\bD\.?P\.?G\.?F\.?\b", re.I), "titre « décomposition du prix global et forfaitaire »"),
    ("DQE", re.compile(r"d[ée]tail\s+quantitatif\s+estimatif|\bD\.?Q\.?E\.?\b", re.I), "titre « détail quantitatif estimatif »"),
    ("CADRE", re.compile(r"cadre\s+de\s+r[ée]ponse|m[ée]moire\s+technique\s+(?:type|à\s+compl[ée]ter)|\bCRT[E]?\b|\bCRF\b|cadre\s+(?:de\s+)?(?:d[ée]composition|r[ée]ponse)", re.I), "cadre de réponse à compléter"),
    ("AVIS", re.compile(r"avis\s+(?:d['’]\s?appel\s+public\s+[àa]\s+la\s+concurrence|de\s+march[ée]|d['’]\s?attribution|de\s+concession|rectificatif|d['’]\s?intention)|\bBOAMP\b|\bJOUE\b|section\s+I\s*:\s*pouvoir\s+adjudicateur|\bavis\s+" + NUMERO_GLUED + r"\s*\d|\bannonce\s+" + NUMERO_GLUED + r"\s*\d|\bND\s+Document\s+number\b|\b(?:contract|contract\s+award|prior\s+information)\s+notice\b|\bAAPC\b|appel\s+d'offres?\s+public|d[ée]tail\s+de\s+la\s+consultation|date\s+de\s+parution|call\s+(?:of|for)\s+(?:expression|tender)|plate-forme\s+des\s+achats\s+de\s+l'[ée]tat", re.I), "avis de publicité (BOAMP/JOUE/TED)"),
]

_FILENAME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("FORM", re.compile(r"(?:^|[^a-z])(?:dc[1-4]|attri2|noti\d)(?:[^a-z0-9]|$)|notice[-_ ]?explicative", re.I)),
    ("QR", re.compile(r"questions?[-_ ]?r[ée]ponses?|registre[-_ ]?q", re.I)),
    ("CCAP", re.compile(r"(?:^|[^a-z])ccap(?:[^a-z]|$)", re.I)),
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
    best: tuple[int, str, str, str] | None = None
    for doc_type, pattern, reason in _TITLE_PATTERNS:
        match = pattern.search(head)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), doc_type, reason, match.group(0))
    if best is not None:
        position, doc_type, reason, quote = best
        page = document.pages[document.page_index_at(position)].number if document.pages else 1
        return doc_type, f"{reason} : « {' '.join(quote.split())} » (page {page})"
    return "AUTRE", "aucun titre de pièce de marché reconnu en tête du document ni dans son nom"
