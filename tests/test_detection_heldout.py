"""Held-out style passages (tests/data/heldout_passages.yml and heldout_passages_2.yml): realistic
French DCE wording written for these test sets, not taken from the evaluation corpus, run through
the real Detector. The second set was written without looking at rules/*.yml, to measure how the
rules generalise to wording they were not tuned on.

Run as a script to print per-category precision / recall (each set, then both together):

    .venv/bin/python tests/test_detection_heldout.py [--no-model] [--set heldout_passages_2]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from clausecheck.categories import CATEGORIES
from clausecheck.detection import Detector, snippet_document
from clausecheck.pipeline import Engine

DATA_DIR = Path(__file__).resolve().parent / "data"
DATA_FILES = [DATA_DIR / "heldout_passages.yml", DATA_DIR / "heldout_passages_2.yml"]
ABBREV = {
    "CS": "clause_sociale", "CI": "clause_insertion", "KS": "critere_social",
    "MR": "marche_reserve", "CE": "clause_environnementale", "KE": "critere_environnemental",
}
SETS: dict[str, list[dict]] = {
    path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["passages"] for path in DATA_FILES
}
PASSAGES = SETS["heldout_passages"]
ALL_PASSAGES = [item for items in SETS.values() for item in items]
# Passages the current engine still gets wrong (see docs/rules.md, "Limites connues"): kept in
# the set so the figures stay honest, marked xfail so the suite stays green.
KNOWN_MISSES: set[str] = {
    "ins-16",  # QPV hiring without "insertion"/"éloignés de l'emploi": no rule, model p≈0.7
    # "Démarche RSE et engagements sociaux" (labelled social only): the criteria rules count RSE
    # as environmental too, on purpose (CSR covers both); debatable label, not a rule bug
    "h2-x-12",
    # "… délai (10 %). Les entreprises sociales sont invitées…": a weight of the previous sentence,
    # within the 40 characters looked at before a term, makes "sociales" a criterion
    "h2-z-01",
    # DQE line "Heures d'insertion (pour mémoire) | h | 0": read as an insertion commitment (the
    # quantity 0 is not read; "pour mémoire" cannot veto, a CCAP says "pour mémoire, 700 heures…")
    "h2-z-02",
}


def expected(item: dict) -> dict[str, bool]:
    wanted = {ABBREV[a] for a in item.get("pos") or []}
    return {c: c in wanted for c in CATEGORIES}


def errors(detector: Engine, item: dict) -> list[str]:
    result = detector.analyse(snippet_document(item["text"], item["doc_type"]))
    out = []
    for category, want in expected(item).items():
        got = bool(result.considerations[category])
        if got != want:
            out.append(f"{'FN' if want else 'FP'} {category}")
    insertion = expected(item)["clause_insertion"] and result.considerations["clause_insertion"]
    if insertion and result.insertion_hours != item.get("hours"):
        out.append(f"hours {result.insertion_hours} != {item.get('hours')}")
    reserved = expected(item)["marche_reserve"] and result.considerations["marche_reserve"] and "bases" in item
    if reserved and sorted(result.reservation_bases) != sorted(item["bases"]):
        out.append(f"bases {result.reservation_bases} != {item['bases']}")
    return out


def scores(detector: Engine, passages: list[dict] | None = None
           ) -> tuple[dict[str, dict[str, float]], list[tuple[str, list[str]]]]:
    counts = {c: {"tp": 0, "fp": 0, "fn": 0} for c in CATEGORIES}
    wrong = []
    for item in PASSAGES if passages is None else passages:
        result = detector.analyse(snippet_document(item["text"], item["doc_type"]))
        for category, want in expected(item).items():
            got = bool(result.considerations[category])
            if got and want:
                counts[category]["tp"] += 1
            elif got:
                counts[category]["fp"] += 1
            elif want:
                counts[category]["fn"] += 1
        errs = errors(detector, item)
        if errs:
            wrong.append((item["id"], errs))
    table = {}
    for category, n in counts.items():
        p = n["tp"] / (n["tp"] + n["fp"]) if n["tp"] + n["fp"] else 1.0
        r = n["tp"] / (n["tp"] + n["fn"]) if n["tp"] + n["fn"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[category] = {"precision": p, "recall": r, "f1": f, **n}
    return table, wrong


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Engine()  # as shipped: passage model included when installed


@pytest.mark.parametrize("name", list(SETS))
def test_heldout_set_is_large_and_well_formed(name):
    passages = SETS[name]
    assert len(passages) >= 80
    assert len({p["id"] for p in ALL_PASSAGES}) == len(ALL_PASSAGES)  # ids unique across sets
    for item in passages:
        assert set(item.get("pos") or []) <= set(ABBREV), item["id"]
        if "CI" in (item.get("pos") or []):
            assert "CS" in item["pos"], f"{item['id']}: clause_insertion implique clause_sociale"


@pytest.mark.parametrize("item", ALL_PASSAGES, ids=[p["id"] for p in ALL_PASSAGES])
def test_heldout_passage(detector, item):
    if item["id"] in KNOWN_MISSES:
        pytest.xfail("limite connue")
    assert errors(detector, item) == [], item["text"]


@pytest.mark.parametrize("name", list(SETS))
def test_heldout_macro_f1_floor(detector, name):
    table, _ = scores(detector, SETS[name])
    macro = sum(v["f1"] for v in table.values()) / len(table)
    assert macro >= 0.9, table


def report(detector: Engine, name: str, passages: list[dict]) -> None:
    table, wrong = scores(detector, passages)
    print(f"== {name} ({len(passages)} passages)")
    for category, v in table.items():
        print(f"{category:26s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}"
              f"  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    print(f"macro_f1 {sum(v['f1'] for v in table.values()) / len(table):.4f}")
    for pid, errs in wrong:
        print(pid, "; ".join(errs) + ("  [known miss]" if pid in KNOWN_MISSES else ""))


if __name__ == "__main__":
    det = Engine(use_model="--no-model" not in sys.argv)
    only = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else None
    for set_name, set_passages in SETS.items():
        if only in (None, set_name):
            report(det, set_name, set_passages)
    if only is None:
        report(det, "all", ALL_PASSAGES)


def test_passage_model_costs_no_quality_on_heldout():
    """The shipped model against the rules alone, on passages neither was tuned on."""
    with_model = Engine()
    if with_model.detector.classifier() is None:
        pytest.skip("modèle de passages absent")
    rules_only = Engine(use_model=False)
    for passages in SETS.values():
        table_model, _ = scores(with_model, passages)
        table_rules, _ = scores(rules_only, passages)
        macro_model = sum(v["f1"] for v in table_model.values()) / len(table_model)
        macro_rules = sum(v["f1"] for v in table_rules.values()) / len(table_rules)
        assert macro_model >= macro_rules - 0.005, (macro_model, macro_rules)
        for category, figures in table_model.items():  # the model only speaks where rules are silent
            assert figures["precision"] >= table_rules[category]["precision"] - 0.01, category
