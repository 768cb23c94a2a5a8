"""Shared by the tests of the blind passage sets (tests/data/blind_criteria.yml, blind_clauses.yml): each
passage analysed as a one-page document of its type, and the F1 of each category over a set; and by the
tests of the blind sets of values (blind_values*.yml): each value's accuracy, the values got wrong."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from clausecheck.categories import CATEGORIES
from clausecheck.detection import snippet_document
from clausecheck.pipeline import Engine
from sealed_scorer import sealed_scorer

ABBREVIATIONS = {"CS": "clause_sociale", "CI": "clause_insertion", "KS": "critere_social", "MR": "marche_reserve",
                 "CE": "clause_environnementale", "KE": "critere_environnemental"}

Outcomes = dict[str, list[tuple[set[str], set[str]]]]


def outcomes_of(data: dict[str, Any]) -> Outcomes:
    """Per kind, (expected, found) categories of each passage, with the shipped engine (model on)."""
    engine = Engine(use_model=True)
    found: Outcomes = {}
    for kind, sets in data.items():
        for item in sets["positive"] + sets["negative"]:
            doc_type = {"CCP": "CCAP"}.get(item["doc_type"], item["doc_type"])
            result = engine.analyse(snippet_document(item["text"], doc_type))
            expected = {ABBREVIATIONS[a] for a in item.get("pos") or []}
            found.setdefault(kind, []).append((expected, {c for c, v in result.considerations.items() if v}))
    return found


def category_scores(outcomes: Outcomes) -> dict[str, tuple[float, float, float]]:
    """(precision, recall, F1) of each category over every passage of the set."""
    scores = {}
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
        scores[category] = (precision, recall, f1)
    return scores


def check_codes(item: dict[str, Any]) -> bool:
    codes = set(item.get("pos") or [])
    return codes <= set(ABBREVIATIONS) and ("CI" not in codes or "CS" in codes)


def assert_categories(outcomes: Outcomes, category_floor: float, macro_floor: float) -> None:
    """Every category's F1 and the macro-F1 over the set hold their floors."""
    scores = category_scores(outcomes)
    for category, (precision, recall, f1) in scores.items():
        assert f1 >= category_floor, f"{category}: P {precision:.3f} R {recall:.3f}"
    macro_f1 = sum(f1 for _p, _r, f1 in scores.values()) / len(scores)
    assert macro_f1 >= macro_floor, f"macro-F1 {macro_f1:.4f}"


def kind_right(outcomes: Outcomes, kind: str) -> tuple[int, int]:
    """(passages entirely right, passages) of one kind."""
    return sum(expected == found for expected, found in outcomes[kind]), len(outcomes[kind])


def assert_whole(data: dict[str, Any], kinds: Iterable[str], per_kind: int, *, per_side: bool = False) -> None:
    """The set holds exactly these kinds, `per_kind` passages each (as many positive as negative when
    `per_side`), unique ids, and well-formed category codes."""
    assert set(data) == set(kinds)
    ids = [item["id"] for sets in data.values() for item in sets["positive"] + sets["negative"]]
    assert len(ids) == len(set(ids)) == per_kind * len(data)
    for sets in data.values():
        assert len(sets["positive"]) + len(sets["negative"]) == per_kind
        if per_side:
            assert len(sets["positive"]) == len(sets["negative"])
        for item in sets["positive"] + sets["negative"]:
            assert check_codes(item), item["id"]


def assert_kind_floor(outcomes: Outcomes, kind: str, floor: int) -> None:
    right, total = kind_right(outcomes, kind)
    assert right >= floor, f"{kind}: {right}/{total}"


# ------------------------------------------------------------------ the blind sets of values (blind_values*.yml)
def value_accuracy(path: Path, tmp_path: Path, count: int) -> dict[str, Any]:
    """Each value's accuracy over the set's stated values, scored through the real command line like the
    sealed sets (only values are labelled: every category is left out of the scoring)."""
    from sealed_scorer import sealed_scorer

    passages = yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]
    assert len(passages) == count
    as_sealed = [{"id": p["id"], "doc_type": p["doc_type"], "kind": p.get("kind"), "text": p["text"], "pos": [],
                  "unsure": list(CATEGORIES), "values": p.get("values") or {}} for p in passages]
    (tmp_path / "passages.yml").write_text(yaml.safe_dump({"passages": as_sealed}, allow_unicode=True), encoding="utf-8")
    result = sealed_scorer().run(tmp_path)["documents"]
    assert result["missing"] == 0
    return result


def assert_value_floors(path: Path, tmp_path: Path, count: int, floors: dict[str, float]) -> None:
    """Each value's accuracy over the set's stated values (value_accuracy) holds its floor."""
    result = value_accuracy(path, tmp_path, count)
    for value, floor in floors.items():
        assert result[value]["accuracy"] >= floor, (value, result[value])


def wrong_categories(path: Path, ids: Iterable[str]) -> list[tuple[str, list[str], list[str]]]:
    """The passages `ids` of a blind set of categories whose categories the engine (model on) gets wrong, the
    categories the annotator was unsure of set aside."""
    engine = Engine(use_model=True)
    passages = {p["id"]: p for p in yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]}
    wrong = []
    for pid in sorted(ids):
        item = passages[pid]
        result = engine.analyse(snippet_document(item["text"], item["doc_type"]))
        unsure = set(item.get("unsure") or [])
        found = {c for c, v in result.considerations.items() if v} - unsure
        if found != set(item["pos"]) - unsure:
            wrong.append((pid, sorted(found), item["pos"]))
    return wrong


def wrong_values(path: Path, ids: Iterable[str]) -> list[tuple[str, str, Any, Any]]:
    """The values the engine gets wrong on the passages `ids` of a blind set of values (a null must stay null;
    figures within 1 %; bases as a set)."""
    from clausecheck.detection.snippets import file_name_for

    engine = Engine()
    passages = {p["id"]: p for p in yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]}
    wrong = []
    for pid in sorted(ids):
        item = passages[pid]
        result = engine.analyse(snippet_document(item["text"], item["doc_type"], path=file_name_for(item["doc_type"], pid)))
        got_of = {"montant_max_ht": result.amounts.max_ht, "montant_estime_ht": result.amounts.estimated_ht,
                  "heures_insertion": result.insertion_hours,
                  "reserve_base": ";".join(sorted(result.reservation_bases)) or None,
                  "allotissement": None if result.allotment.divided is None else int(result.allotment.divided),
                  "nb_lots": result.allotment.lot_count}
        for key, want in item["values"].items():
            if key not in got_of:
                continue
            got = got_of[key]
            if isinstance(want, str):
                ok = got == ";".join(sorted(want.split(";")))
            else:
                ok = got == want if want is None or got is None else abs(got - want) <= 0.01 * want
            if not ok:
                wrong.append((pid, key, got, want))
    return wrong


# ------------------------------------------------------------------ the blind sets of whole dossiers
def assert_document_floors(scored: dict[str, Any], floors: dict[str, float]) -> None:
    """Each value's accuracy over a dossier set's pieces and passages (sealed_scorer().run) holds its floor."""
    documents = scored["documents"]
    assert documents["missing"] == 0
    for value, floor in floors.items():
        assert documents[value]["accuracy"] >= floor, (value, documents[value])


def assert_dossier_floors(scored: dict[str, Any], count: int, floors: dict[str, int]) -> None:
    """Each value right on at least `floor` of the set's `count` whole dossiers."""
    dossiers = scored["dossiers"]
    assert dossiers["dossiers"] == count and not dossiers["missing"]
    for value, floor in floors.items():
        assert dossiers["accuracy"][value]["right"] >= floor, (value, dossiers["accuracy"][value])


def scored_passages(path: Path, tmp_path: Path, count: int) -> dict[str, Any]:
    """A blind set of passages scored through the real command line like the sealed sets (the scorer's `documents`),
    every one of its `count` passages scanned."""
    shutil.copy(path, tmp_path / "passages.yml")
    result = sealed_scorer().run(tmp_path)["documents"]
    assert result["documents"] == count and result["missing"] == 0
    return result
