"""Social and environmental execution clauses in buyers' own words, on passages written blind (see
the header of tests/data/blind_clauses.yml for who wrote them, what they read and the figures scored
before any fix). Run in the shipped configuration (passage model on). The floors sit under the
figures the header gives as the latest, by one passage per kind and a margin on the macro-F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clausecheck.categories import CATEGORIES
from clausecheck.detection import snippet_document
from clausecheck.pipeline import Engine

DATA = yaml.safe_load((Path(__file__).parent / "data" / "blind_clauses.yml").read_text(encoding="utf-8"))
ABBREVIATIONS = {"CS": "clause_sociale", "CI": "clause_insertion", "KS": "critere_social", "MR": "marche_reserve",
                 "CE": "clause_environnementale", "KE": "critere_environnemental"}
FLOORS = {"social_clause_by_content": 19, "environmental_clause_by_content": 17, "clauses_in_tables_and_lists": 15,
          "long_mixed_articles": 18, "notices_brief": 21, "noisy_extraction": 17}
MACRO_F1_FLOOR = 0.89
CATEGORY_FLOOR = 0.80


@pytest.fixture(scope="module")
def outcomes() -> dict[str, list[tuple[set[str], set[str]]]]:
    """Per kind, (expected, found) categories of each passage."""
    engine = Engine(use_model=True)
    found: dict[str, list[tuple[set[str], set[str]]]] = {}
    for kind, sets in DATA.items():
        for item in sets["positive"] + sets["negative"]:
            doc_type = {"CCP": "CCAP"}.get(item["doc_type"], item["doc_type"])
            result = engine.analyse(snippet_document(item["text"], doc_type))
            expected = {ABBREVIATIONS[a] for a in item.get("pos") or []}
            found.setdefault(kind, []).append((expected, {c for c, v in result.considerations.items() if v}))
    return found


def test_the_set_is_whole():
    assert set(DATA) == set(FLOORS)
    ids = [item["id"] for sets in DATA.values() for item in sets["positive"] + sets["negative"]]
    assert len(ids) == len(set(ids)) == 132
    for sets in DATA.values():
        assert len(sets["positive"]) == len(sets["negative"]) == 11
        for item in sets["positive"] + sets["negative"]:
            codes = set(item.get("pos") or [])
            assert codes <= set(ABBREVIATIONS) and ("CI" not in codes or "CS" in codes), item["id"]


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_kind_of_passage(outcomes, kind):
    right = sum(expected == found for expected, found in outcomes[kind])
    assert right >= FLOORS[kind], f"{kind}: {right}/{len(outcomes[kind])}"


def test_every_category_holds(outcomes):
    scores = []
    for category in CATEGORIES:
        tp = fp = fn = 0
        for passages in outcomes.values():
            for expected, found in passages:
                tp += category in expected and category in found
                fp += category in found and category not in expected
                fn += category in expected and category not in found
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        assert f1 >= CATEGORY_FLOOR, f"{category}: P {precision:.3f} R {recall:.3f}"
        scores.append(f1)
    assert sum(scores) / len(scores) >= MACRO_F1_FLOOR, f"macro-F1 {sum(scores) / len(scores):.4f}"
