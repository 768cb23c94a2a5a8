"""Environmental clauses and criteria against the roles that mention the environment without being either,
on 144 passages written blind (see the header of tests/data/blind_environment.yml for who wrote them, what
they read and the figures scored once before any fix). Run in the shipped configuration (passage model on).
The floors sit under the latest figures by one passage per kind and a margin on the macro-F1."""

from __future__ import annotations

import pytest
import yaml

from blind_sets import assert_categories, assert_kind_floor, assert_whole, outcomes_of
from sealed_scorer import REPO

DATA = yaml.safe_load((REPO / "tests" / "data" / "blind_environment.yml").read_text(encoding="utf-8"))
FLOORS = {"env_object_vs_clause": 22, "env_selection_vs_clause": 23, "env_criterion_vs_clause": 23,
          "env_notices": 23, "env_vocabulary_variety": 21, "env_noisy_and_long": 22}
MACRO_F1_FLOOR = 0.97
CATEGORY_FLOOR = 0.90


@pytest.fixture(scope="module")
def outcomes():
    return outcomes_of(DATA)


def test_the_set_is_whole():
    assert_whole(DATA, FLOORS, 24, per_side=True)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_kind_of_passage(outcomes, kind):
    assert_kind_floor(outcomes, kind, FLOORS[kind])


def test_every_category_holds(outcomes):
    assert_categories(outcomes, CATEGORY_FLOOR, MACRO_F1_FLOOR)
