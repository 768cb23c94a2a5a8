"""Execution clauses in buyers' own words, second blind set (see the header of
tests/data/blind_clauses_2.yml for who wrote it, what they read and the figures scored before any fix):
environmental obligations that never say « environnement », insertion clauses in many forms, other
social conditions, CCAP layouts, notices and forms, extraction noise. Run in the shipped configuration
(passage model on). The floors sit under the figures the header gives as the latest, by one passage per
kind and a margin on the macro-F1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from blind_sets import assert_categories, assert_kind_floor, assert_whole, outcomes_of

DATA = yaml.safe_load((Path(__file__).parent / "data" / "blind_clauses_2.yml").read_text(encoding="utf-8"))
FLOORS = {"environmental_clause_unnamed": 21, "insertion_clause_varied": 20, "social_clause_other": 16,
          "clauses_in_ccap_structure": 20, "notices_and_forms": 20, "noisy_extraction_2": 18}
MACRO_F1_FLOOR = 0.93
CATEGORY_FLOOR = 0.85


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
