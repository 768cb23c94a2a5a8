"""The blind sets of categories (tests/data/blind_*.yml written as kinds × positive/negative passages), run
in the shipped configuration (passage model on). Each set's header says who wrote it, what they read and the
figures scored once before any fix it led to; once used to fix, its figures are dev figures. The floors sit
under the latest figures, by one passage per kind and a margin on the macro-F1 and each category.

- blind_clauses: social and environmental execution clauses in buyers' own words;
- blind_clauses_2: environmental obligations that never say « environnement », insertion clauses in many
  forms, other social conditions, CCAP layouts, notices and forms, extraction noise;
- blind_stipulations: obligations written as plain stipulations of CCAP and CCTP, and their traps;
- blind_criteria: award criteria and clauses by passage role;
- blind_environment: environmental clauses and criteria against the roles that mention the environment
  without being either."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

import pytest
import yaml

from blind_sets import Outcomes, assert_categories, assert_kind_floor, assert_whole, outcomes_of
from sealed_scorer import REPO


class BlindSet(NamedTuple):
    floors: dict[str, int]  # passages entirely right, per kind
    per_kind: int
    per_side: bool  # as many positive as negative passages per kind
    macro_floor: float
    category_floor: float


SETS = {
    "blind_clauses": BlindSet({"social_clause_by_content": 19, "environmental_clause_by_content": 17,
                               "clauses_in_tables_and_lists": 15, "long_mixed_articles": 18, "notices_brief": 21,
                               "noisy_extraction": 17}, 22, True, 0.89, 0.80),
    "blind_clauses_2": BlindSet({"environmental_clause_unnamed": 21, "insertion_clause_varied": 20,
                                 "social_clause_other": 16, "clauses_in_ccap_structure": 20, "notices_and_forms": 20,
                                 "noisy_extraction_2": 18}, 22, True, 0.93, 0.85),
    "blind_stipulations": BlindSet({"cctp_env_requirements": 17, "ccap_env_conditions": 19,
                                    "ccap_cctp_social_conditions": 19, "tables_and_lists": 18, "long_articles": 20,
                                    "noisy": 19}, 24, True, 0.88, 0.78),
    "blind_criteria": BlindSet({"criteria_outside_rc": 25, "criteria_layout": 25, "criteria_named_by_content": 23,
                                "english_notices": 25, "object_is_not_a_clause": 24, "selection_is_not_a_clause": 24,
                                "brief_execution_conditions": 23}, 26, False, 0.95, 0.85),
    "blind_environment": BlindSet({"env_object_vs_clause": 22, "env_selection_vs_clause": 23,
                                   "env_criterion_vs_clause": 23, "env_notices": 23, "env_vocabulary_variety": 21,
                                   "env_noisy_and_long": 22}, 24, True, 0.97, 0.90),
}
KINDS = [(name, kind) for name, spec in SETS.items() for kind in sorted(spec.floors)]


@cache
def data(name: str) -> dict[str, Any]:
    return yaml.safe_load((REPO / "tests" / "data" / f"{name}.yml").read_text(encoding="utf-8"))


@cache
def outcomes(name: str) -> Outcomes:
    return outcomes_of(data(name))


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_is_whole(name):
    spec = SETS[name]
    assert_whole(data(name), spec.floors, spec.per_kind, per_side=spec.per_side)


@pytest.mark.parametrize("name, kind", KINDS)
def test_each_kind_of_passage(name, kind):
    assert_kind_floor(outcomes(name), kind, SETS[name].floors[kind])


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_category_holds(name):
    spec = SETS[name]
    assert_categories(outcomes(name), spec.category_floor, spec.macro_floor)
