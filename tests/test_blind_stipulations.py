"""Environmental and social obligations written as plain stipulations in CCAP and CCTP, and the traps that
look like them, on passages written blind (see the header of tests/data/blind_stipulations.yml for who
wrote them, what they read and the figures scored once before any fix from them). Run in the shipped
configuration (passage model on). The floors sit under the first figures, by one passage per kind and a
margin on the macro-F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from blind_sets import assert_categories, assert_kind_floor, assert_whole, outcomes_of

DATA = yaml.safe_load((Path(__file__).parent / "data" / "blind_stipulations.yml").read_text(encoding="utf-8"))
FLOORS = {"cctp_env_requirements": 17, "ccap_env_conditions": 19, "ccap_cctp_social_conditions": 19,
          "tables_and_lists": 18, "long_articles": 20, "noisy": 19}
MACRO_F1_FLOOR = 0.88
CATEGORY_FLOOR = 0.78


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
