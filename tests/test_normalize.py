"""Normalisation keeps a faithful map back to the raw text."""

from __future__ import annotations

import pytest

from clausecheck.ingestion.normalize import find_running_lines, normalise
from clausecheck.model import Document, Page
from clausecheck.outputs.json_output import to_jsonable


def _raw_of(raw: str, text: str, offset_map, word: str) -> str:
    start = text.index(word)
    return raw[offset_map.to_raw_start(start):offset_map.to_raw_end(start + len(word))]


def test_ligatures_and_spaces_folded_with_offsets():
    raw = "Le ﬁnancement  de l’eﬃcacité\u00a0énergétique"
    text, offset_map = normalise(raw)
    assert text == "Le financement de l'efficacité énergétique"
    assert _raw_of(raw, text, offset_map, "financement") == "ﬁnancement"
    assert _raw_of(raw, text, offset_map, "efficacité") == "eﬃcacité"
    assert _raw_of(raw, text, offset_map, "énergétique") == "énergétique"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("heures d'inser-\ntion professionnelle", "heures d'insertion professionnelle"),
        ("heures d'inser\ufffe\r\ntion", "heures d'insertion"),  # pdfium's line-end hyphen marker
        ("la sous-\ntraitance", "la sous-traitance"),
        ("la co-\ntraitance", "la co-traitance"),
        ("Marché non-\nréservé", "Marché non-réservé"),
        ("article L. 2113-\n13 du code", "article L. 2113-13 du code"),
        # a figure's last group of digits cut at the line end (kind from tests/data/blind_values_2.yml)
        ("un montant de 3 480 0-\n00 € HT", "un montant de 3 480 000 € HT"),
        ("soit 1 05-\n0 heures", "soit 1 050 heures"),
        ("de 12\u00a0000 00-\n0 €", "de 12 000 000 €"),
        # ranges and numbers that are no cut group keep their hyphen
        ("exercices 2023-\n2024", "exercices 2023-2024"),
        ("lots 2-\n5", "lots 2-5"),
        ("lots 1, 2-\n3", "lots 1, 2-3"),
        ("montant 1 250 000-\n1 500 000", "montant 1 250 000-1 500 000"),
    ],
)
def test_line_end_hyphenation(raw, expected):
    text, _ = normalise(raw)
    assert text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # from tests/data/blind_values.yml (bv-044), written before the fix
        ("M o n t a n t   m a x i m u m   :   200000€HT", "Montant maximum : 200000€HT"),
        ("A R T I C L E 5 - O B J E T", "ARTICLE 5 - OBJET"),
        ("ETS PUB FONCIER P A C A, Immeuble", "ETS PUB FONCIER PACA, Immeuble"),
        # left alone: three letters or fewer, digits, words in ordinary type
        ("le D C E et la C A O", "le D C E et la C A O"),
        ("Lots 1 2 3 4 5", "Lots 1 2 3 4 5"),
        ("il y a à revoir", "il y a à revoir"),
    ],
)
def test_words_in_spaced_letters_are_joined(raw, expected):
    text, offset_map = normalise(raw)
    assert text == expected
    if "Montant" in expected:
        assert _raw_of(raw, text, offset_map, "maximum") == "m a x i m u m"


def test_combining_accents_composed():
    text, _ = normalise("re\u0301serve\u0301")
    assert text == "réservé"


def test_drop_ranges_are_left_out_and_offsets_still_map():
    raw = "EN-TÊTE Ville\nLe titulaire s'engage.\nPage 2 sur 9\n"
    header_end = raw.index("\n") + 1
    footer_start = raw.index("Page 2")
    text, offset_map = normalise(raw, [(0, header_end), (footer_start, len(raw))])
    assert "EN-TÊTE" not in text and "Page 2" not in text
    assert _raw_of(raw, text, offset_map, "titulaire") == "titulaire"


def test_running_headers_found_only_when_repeated():
    words = ["objet", "durée", "prix", "avance", "pénalités"]
    pages = [f"Ville d'Exempleville - CCAP\nArticle {i} - {words[i - 1]}\nLe titulaire applique l'article {words[i - 1]}.\nPage {i} sur 5"
             for i in range(1, 6)]
    running = find_running_lines(pages)
    for index, spans in enumerate(running):
        removed = sorted(pages[index][s:e].strip() for s, e in spans)
        assert removed == sorted(["Ville d'Exempleville - CCAP", f"Page {index + 1} sur 5"])
    # two pages: only a line of some length on both pages with a body is running (« Lot 1 » atop each page may be a
    # table's row; two short pages, or the same page twice, have no body to tell a header from)
    def body(topic: str) -> str:
        return "".join(f"Le titulaire {verb} {topic}.\n" for verb in ("livre", "installe", "entretient", "répare"))

    two_pages = [f"Ville d'Exempleville - CCAP\nArticle {i}\n{body(topic)}Page {i} sur 2"
                 for i, topic in ((1, "les fournitures"), (2, "les matériels"))]
    two = find_running_lines(two_pages)
    assert [[two_pages[i][s:e].strip() for s, e in spans] for i, spans in enumerate(two)] == [
        ["Ville d'Exempleville - CCAP"], ["Ville d'Exempleville - CCAP"]]
    assert find_running_lines(pages[:2]) == [[], []]
    assert find_running_lines([f"Lot {i}\nMaçonnerie\n{body(topic)}" for i, topic in ((1, "les murs"), (2, "les sols"))]) \
        == [[], []]


def test_document_evidence_points_into_raw_page():
    raw_pages = ["Préambule\n", "Le titulaire réalise 1 200 heures d'inser-\ntion."]
    document = Document(path="x.pdf", dossier="d", format="pdf")
    for number, raw in enumerate(raw_pages, start=1):
        text, offset_map = normalise(raw)
        document.pages.append(Page(number=number, raw_text=raw, text=text, offset_map=offset_map))
    document.finalise_text()
    start = document.text.index("1 200 heures d'insertion")
    evidence = document.evidence(start, start + len("1 200 heures d'insertion"))
    assert evidence.page == 2
    assert raw_pages[1][evidence.char_start:evidence.char_end] == "1 200 heures d'inser-\ntion"
    assert evidence.quote == "1 200 heures d'insertion"


def test_evidence_carries_the_sentence_around_the_quote():
    raw = "Article 6. Le titulaire trie ses déchets de chantier et valorise 70 % des déchets. Suite."
    text, offset_map = normalise(raw)
    document = Document(path="x.txt", dossier="d", format="txt", pages=[Page(1, raw, text, offset_map)])
    document.finalise_text()
    start = document.text.index("trie")
    evidence = document.evidence(start, start + len("trie ses déchets"))
    assert evidence.context == "Le titulaire trie ses déchets de chantier et valorise 70 % des déchets."
    assert to_jsonable(evidence)["context"] == evidence.context
