"""Passage classifier: training on a slice, behaviour on clear cases and traps, determinism,
loading, and the shipped artifact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausecheck.detection import classifier as C
from clausecheck.detection.classifier import PassageClassifier, normalise, train
from clausecheck.categories import CATEGORIES
from clausecheck.resources import models_dir

PASSAGES = models_dir() / "training" / "passages.jsonl"
MACRO_F1_FLOOR = 0.75


def _slice(dest: Path, step: int = 4) -> Path:
    """Every `step`-th passage: small enough to train in a few seconds, every label present."""
    lines = [line for line in PASSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
    dest.write_text("\n".join(lines[::step]) + "\n", encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> tuple[Path, dict]:
    work = tmp_path_factory.mktemp("clf")
    passages = _slice(work / "passages.jsonl")
    out = work / "model"
    metrics = train(passages, out, seed=0, folds=2)
    return out, metrics


def test_normalise_folds_accents_hyphens_and_references():
    text = "Le titulaire réali-\nsera 1 500 heures d'INSERTION (art. L. 2113-13 du CCP) ; œuvre"
    norm = normalise(text)
    assert "realisera" in norm
    assert "insertion" in norm
    assert "l2113_13" in norm
    assert "0 heures" in norm and "1 500" not in norm
    assert "oeuvre" in norm


def test_training_data_is_well_formed():
    rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 700
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) >= {"id", "text", "labels", "group", "note"}
        assert set(r["labels"]) <= set(CATEGORIES)
        if "clause_insertion" in r["labels"]:  # LABELS.md: insertion implies social clause
            assert "clause_sociale" in r["labels"], r["id"]
    negatives = sum(1 for r in rows if not r["labels"])
    assert negatives >= 0.25 * len(rows)


def test_small_model_writes_artifact_metrics_and_card(small_model):
    out, metrics = small_model
    assert (out / C.ARTIFACT_NAME).is_file()
    assert (out / C.ARTIFACT_NAME).stat().st_size < 5 * 1024 * 1024
    saved = json.loads((out / C.METRICS_NAME).read_text(encoding="utf-8"))
    assert saved["version"] == metrics["version"]
    assert set(saved["per_label"]) == set(CATEGORIES)
    card = (out / C.CARD_NAME).read_text(encoding="utf-8")
    assert metrics["version"] in card
    assert "Held-out metrics" in card


def test_clear_insertion_passage_scores_high(small_model):
    clf = PassageClassifier.load(small_model[0])
    assert clf is not None
    [scores] = clf.predict([
        "Le titulaire s'engage à réserver 2 000 heures de travail à des personnes éloignées de l'emploi "
        "(demandeurs d'emploi de longue durée, bénéficiaires du RSA), avec l'appui du facilitateur du PLIE."
    ])
    assert scores["clause_insertion"] > 0.7
    assert scores["clause_sociale"] > 0.5
    assert scores["marche_reserve"] < 0.5


HARD_NEGATIVES = [
    ("Marché réservé : non", "marche_reserve"),
    ("Fourniture et insertion d'une isolation en laine de verre de 300 mm dans les combles.", "clause_insertion"),
    ("Le titulaire met à disposition un environnement de recette et un environnement de préproduction.", "clause_environnementale"),
    ("Un plan de prévention est établi dès que les travaux atteignent 400 heures sur douze mois.", "clause_insertion"),
    ("Le présent marché ne comporte pas de clause d'insertion.", "clause_insertion"),
    ("Le pouvoir adjudicateur se réserve le droit de ne pas donner suite à la procédure.", "marche_reserve"),
    ("Critère 1 : Prix des prestations / Pondération : 60", "critere_social"),
    ("Le candidat déclare être en règle au regard des articles L. 5212-1 à L. 5212-11 du code du travail.", "clause_sociale"),
]
# negations need the whole training set; the small slice only has to get the lexical traps right
SLICE_SAFE = [case for case in HARD_NEGATIVES if "non" not in case[0] and "ne comporte pas" not in case[0]]


@pytest.mark.parametrize("text, label", SLICE_SAFE)
def test_hard_negatives_score_low_small_model(small_model, text, label):
    clf = PassageClassifier.load(small_model[0])
    [scores] = clf.predict([text])
    assert scores[label] < 0.5, (text, scores)


@pytest.mark.parametrize("text, label", HARD_NEGATIVES)
def test_hard_negatives_score_low_shipped_model(text, label):
    clf = PassageClassifier.load()
    assert clf is not None
    [scores] = clf.predict([text])
    assert scores[label] < clf.thresholds[label], (text, scores)
    assert scores[label] < 0.5, (text, scores)


def test_training_is_deterministic(tmp_path):
    passages = _slice(tmp_path / "passages.jsonl", step=16)
    first = train(passages, tmp_path / "a", seed=0, folds=2)
    second = train(passages, tmp_path / "b", seed=0, folds=2)
    assert first == second
    assert (tmp_path / "a" / C.ARTIFACT_NAME).read_bytes() == (tmp_path / "b" / C.ARTIFACT_NAME).read_bytes()
    assert (tmp_path / "a" / C.METRICS_NAME).read_bytes() == (tmp_path / "b" / C.METRICS_NAME).read_bytes()


def test_load_and_predict_edge_cases(small_model, tmp_path):
    assert PassageClassifier.load(tmp_path) is None  # no artifact
    (tmp_path / C.ARTIFACT_NAME).write_bytes(b"not a joblib file")
    assert PassageClassifier.load(tmp_path) is None  # unreadable artifact
    clf = PassageClassifier.load(small_model[0])
    assert clf.predict([]) == []
    assert clf.labels == CATEGORIES
    [blank, date] = clf.predict(["", "13 août 2020"])
    assert set(blank) == set(CATEGORIES)
    assert max(blank.values()) == 0.0 and max(date.values()) == 0.0
    assert clf.predict_labels(["Le présent marché est réservé aux entreprises adaptées et ESAT (article L2113-12 du CCP)."],
                              thresholds={c: 0.5 for c in CATEGORIES}) == [["marche_reserve"]]


def test_shipped_artifact_loads_and_meets_floor():
    clf = PassageClassifier.load()
    assert clf is not None, "models/passage_classifier.joblib is missing: run `clausecheck train`"
    metrics = json.loads((models_dir() / C.METRICS_NAME).read_text(encoding="utf-8"))
    assert clf.version == metrics["version"]
    assert metrics["macro_f1"] >= MACRO_F1_FLOOR
    assert all(metrics["per_label"][c]["f1"] >= 0.6 for c in CATEGORIES)
    assert metrics["passages"] >= 700
    card = (models_dir() / C.CARD_NAME).read_text(encoding="utf-8")
    assert metrics["version"] in card
    assert (models_dir() / C.ARTIFACT_NAME).stat().st_size < 5 * 1024 * 1024
    scores = clf.predict(["Le lot 3 est réservé aux structures d'insertion par l'activité économique (article L2113-13)."])[0]
    assert scores["marche_reserve"] > 0.7
