"""QA regressions: hours per lot / period, total labour hours, number words, headings or
labels followed by a denial, insertion award criteria, past contracts."""

from __future__ import annotations

import pytest

from clausecheck.detection import Detector, snippet_document
from clausecheck.pipeline import Engine


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Engine(use_model=False)


def detect(detector: Engine, text: str, doc_type: str = "CCAP"):
    return detector.analyse(snippet_document(text, doc_type))


# --------------------------------------------------------------------------- hours
@pytest.mark.parametrize(
    "text, expected",
    [
        # equal figures for different lots are summed
        ("Lot 1 : 500 heures d'insertion. Lot 2 : 500 heures d'insertion. Lot 3 : 250 heures d'insertion.", 1250),
        ("Lot n°1 : le titulaire réalise 300 heures d'insertion.\nLot n°2 : le titulaire réalise 300 heures d'insertion.", 600),
        ("Tranche ferme : 400 heures d'insertion ; tranche optionnelle 1 : 400 heures d'insertion.", 800),
        # a stated total with its per-lot breakdown
        ("Le volume global d'heures d'insertion est de 1 250 heures, réparti ainsi : lot 1 : 500 heures ; "
         "lot 2 : 500 heures ; lot 3 : 250 heures.", 1250),
        # total labour hours are not insertion hours
        ("Le titulaire s'engage à réaliser 800 heures d'insertion, soit 10 % du nombre d'heures total de "
         "main d'oeuvre estimé à 8 000 heures.", 800),
        ("Le titulaire réalise 450 heures d'insertion sur un total de 6 000 heures travaillées.", 450),
        # French number words
        ("Le titulaire s'engage à réaliser deux mille heures d'insertion.", 2000),
        ("Le titulaire réalise mille cinq cents heures d'insertion.", 1500),
        ("Le titulaire réalise quatre-vingt-dix heures d'insertion.", 90),
        ("Le titulaire réalise deux mille (2 000) heures d'insertion.", 2000),
        # restatements count once
        ("Le titulaire réalise 700 heures d'insertion. Le titulaire réalise 700 heures d'insertion.", 700),
        ("Lot 1 : 500 heures d'insertion.\nRappel : lot 1 : 500 heures d'insertion.", 500),
    ],
)
def test_hours_per_lot_or_period(detector, text, expected):
    result = detect(detector, text)
    assert result.considerations["clause_insertion"]
    assert result.insertion_hours == expected


def test_same_clause_quoted_in_two_parts_counts_once(detector):
    clause = ("Lot 1 : le titulaire réalise 500 heures d'insertion. "
              "Lot 2 : le titulaire réalise 500 heures d'insertion.")
    text = f"Extrait du RC.\n{clause}\n\nArticle 9 du CCAP.\n{clause}\n"
    assert detect(detector, text).insertion_hours == 1000


# --------------------------------------------------------------------------- headings and labels
@pytest.mark.parametrize(
    "text, category",
    [
        ("Article 8 - Clause d'insertion\nLe présent marché ne comporte pas de clause d'insertion.", "clause_insertion"),
        ("Article 8 - Clause d'insertion : néant", "clause_insertion"),
        ("Article 8 - Clause d'insertion : sans objet", "clause_insertion"),
        ("8. Clause d'insertion\nNéant.", "clause_insertion"),
        ("Clause sociale : [ ] oui [x] non", "clause_sociale"),
        ("Clause sociale : ☐ Oui ☒ Non", "clause_sociale"),
        ("Clause sociale : Oui ☐ Non ☒", "clause_sociale"),
        ("Clause d'insertion : [ ] oui [X] non", "clause_insertion"),
        ("Article 5 - Clause sociale\nLe marché ne comporte pas de clause sociale.", "clause_sociale"),
    ],
)
def test_heading_or_label_then_denial(detector, text, category):
    result = detect(detector, text)
    assert not result.considerations[category], [f.rule_id for f in result.findings]
    assert not result.considerations["clause_sociale"]
    assert result.insertion_hours is None


@pytest.mark.parametrize(
    "text, category",
    [
        ("Clause sociale : [x] oui [ ] non", "clause_sociale"),
        ("Clause sociale : ☒ Oui ☐ Non", "clause_sociale"),
        ("Article 8 - Clause d'insertion\nLe titulaire réalise 600 heures d'insertion au profit de publics "
         "éloignés de l'emploi.", "clause_insertion"),
        ("Article 8 - Clause d'insertion\nLe titulaire n'est pas dispensé de l'action d'insertion : il "
         "réalise 600 heures d'insertion.", "clause_insertion"),
    ],
)
def test_heading_or_label_then_commitment(detector, text, category):
    assert detect(detector, text).considerations[category]


# --------------------------------------------------------------------------- criteria
def test_insertion_award_criterion_alone_is_only_a_criterion(detector):
    text = ("Critères d'attribution : prix 70 %, valeur technique 20 %, performance en matière d'insertion "
            "professionnelle des publics en difficulté 10 %")
    for variant in (text, text.replace("Critères d'attribution", "Critères")):
        result = detect(detector, variant, "RC")
        assert result.considerations["critere_social"]
        assert not result.considerations["clause_insertion"]
        assert not result.considerations["clause_sociale"]


# --------------------------------------------------------------------------- past contract
@pytest.mark.parametrize(
    "text",
    [
        "Le précédent marché comportait 2 000 heures d'insertion ; le présent marché ne comporte pas de "
        "clause d'insertion.",
        "Pour information, lors du marché précédent, 1 500 heures d'insertion ont été réalisées.",
    ],
)
def test_past_contract_is_not_a_clause(detector, text):
    result = detect(detector, text)
    assert not result.considerations["clause_insertion"]
    assert result.insertion_hours is None


def test_present_contract_after_past_one(detector):
    text = ("Le précédent marché ne comportait pas de clause. Le présent marché comporte une clause "
            "d'insertion : le titulaire réalise 900 heures d'insertion.")
    result = detect(detector, text)
    assert result.considerations["clause_insertion"]
    assert result.insertion_hours == 900


@pytest.mark.parametrize(
    "text, category",
    [
        ("Contrairement au marché précédent, le présent marché comporte 500 heures d'insertion.", "clause_insertion"),
        ("À la différence de l'ancien marché, le présent marché comporte une clause sociale.", "clause_sociale"),
    ],
)
def test_present_contract_compared_with_past_one(detector, text, category):
    assert detect(detector, text).considerations[category]
