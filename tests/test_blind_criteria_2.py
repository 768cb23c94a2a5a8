"""Award criteria wherever they stand, on a second set written blind (see the header of
tests/data/blind_criteria_2.yml: scored once before the fixes, macro-F1 0.806, then used to make
them, so these are dev figures). Run in the shipped configuration (passage model on). The floors sit
at the figures reached after the fixes, minus one passage per kind and a margin on the criteria."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from blind_sets import assert_kind_floor, category_scores, check_codes, outcomes_of

DATA = yaml.safe_load((Path(__file__).parent / "data" / "blind_criteria_2.yml").read_text(encoding="utf-8"))
FLOORS = {"criteria_tables": 25, "criteria_notices": 23, "criteria_by_content": 30, "criteria_elsewhere": 22,
          "criteria_cut": 24, "negatives": 23}
# the clause categories have four or five positives here: their F1 says little; the criteria are the set's point
CRITERIA_FLOORS = {"critere_social": 0.95, "critere_environnemental": 0.93}


@pytest.fixture(scope="module")
def outcomes():
    return outcomes_of(DATA)


def test_the_set_is_whole():
    assert set(DATA) == set(FLOORS)
    items = [item for sets in DATA.values() for item in sets["positive"] + sets["negative"]]
    assert len(items) == len({item["id"] for item in items}) == 162
    assert all(check_codes(item) for item in items)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_kind_of_passage(outcomes, kind):
    assert_kind_floor(outcomes, kind, FLOORS[kind])


@pytest.mark.parametrize("category", sorted(CRITERIA_FLOORS))
def test_criteria_hold(outcomes, category):
    precision, recall, f1 = category_scores(outcomes)[category]
    assert f1 >= CRITERIA_FLOORS[category], f"{category}: P {precision:.3f} R {recall:.3f}"
