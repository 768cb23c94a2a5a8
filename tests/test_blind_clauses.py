"""Social and environmental execution clauses in buyers' own words, on passages written blind (see
the header of tests/data/blind_clauses.yml for who wrote them, what they read and the figures scored
before any fix). Run in the shipped configuration (passage model on). The floors sit under the
figures the header gives as the latest, by one passage per kind and a margin on the macro-F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from blind_sets import assert_categories, assert_kind_floor, assert_whole, outcomes_of

DATA = yaml.safe_load((Path(__file__).parent / "data" / "blind_clauses.yml").read_text(encoding="utf-8"))
FLOORS = {"social_clause_by_content": 19, "environmental_clause_by_content": 17, "clauses_in_tables_and_lists": 15,
          "long_mixed_articles": 18, "notices_brief": 21, "noisy_extraction": 17}
MACRO_F1_FLOOR = 0.89
CATEGORY_FLOOR = 0.80


@pytest.fixture(scope="module")
def outcomes():
    return outcomes_of(DATA)


def test_the_set_is_whole():
    assert_whole(DATA, FLOORS, 22, per_side=True)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_kind_of_passage(outcomes, kind):
    assert_kind_floor(outcomes, kind, FLOORS[kind])


def test_every_category_holds(outcomes):
    assert_categories(outcomes, CATEGORY_FLOOR, MACRO_F1_FLOOR)
