"""Training of the passage model (role and topics), measured on held-out buyers.

Data (models/training/):
- real passages of the public corpus, labelled by hand or by the notice field that holds them
  (real_passages.jsonl: pointers resolved against a corpus folder; see REAL_PASSAGES.md);
- hand-written passages that add wording the corpus lacks: passages.jsonl (generated from
  templates by generate.py), written_passages.jsonl (written one by one, in other buyers' words,
  by someone who read no test set) and technical_passages.jsonl (the same, for the technical, financial and
  hygiene stipulations of CCTP and CCAP that use the topics' words without being clauses, beside true ones:
  TECHNICAL_PASSAGES.md). They train the topic heads, and the role head only where their
  labels say the role (a criterion, a clause, a reservation). They add to the real ones, never
  replace them, and are never measured;
- passages that talk about procurement in general (commentary_passages.jsonl: guides, legal
  explainers, news, case law, paraphrased from public pages): they train the register head alone
  (commentary or tender text), measured out of fold by source site against the real passages.

Folds are grouped by buyer (or source document), so a buyer's wording is never both learnt and
measured; thresholds are chosen on those out-of-fold predictions. `clausecheck train` runs it and
writes the arrays, their JSON description, the metrics and the model card.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import numpy as np

from clausecheck.detection.passage_model import (
    ARRAYS_NAME,
    META_NAME,
    TOPICS,
    PassageModel,
    Verdict,
    commentary_chunks,
    features_text,
)
from clausecheck.detection.roles import ROLES

METRICS_NAME = "passage_model.metrics.json"
PARAMS: dict[str, Any] = {
    "word": {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 30000, "sublinear_tf": True,
             "token_pattern": r"(?u)\b\w\w+\b", "lowercase": False},
    "char": {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3, "max_features": 40000, "sublinear_tf": True,
             "lowercase": False},
    "C_role": 4.0,
    "C_topic": 4.0,
    "folds": 5,
    "min_topic_precision": 0.85,  # a topic threshold must keep at least this precision out of fold
    "min_role_accuracy": 0.9,  # the role is trusted above the probability where this accuracy holds
}
# the hand-written passages, in the order they are read
SYNTHETIC_FILES = ("passages.jsonl", "written_passages.jsonl", "technical_passages.jsonl")
COMMENTARY_FILE = "commentary_passages.jsonl"
# a real tender passage read as commentary loses its findings: the register threshold keeps that rare out of fold
MAX_TENDER_AS_COMMENTARY = 0.01
# The roles a hand-written passage's labels say (a criterion label, a clause label, a reservation).
SYNTHETIC_ROLE = {"critere_social": "criteria", "critere_environnemental": "criteria",
                  "clause_insertion": "execution", "clause_sociale": "execution",
                  "clause_environnementale": "execution", "marche_reserve": "reservation"}
SYNTHETIC_TOPIC = {"critere_social": "social", "critere_environnemental": "environmental",
                   "clause_insertion": "insertion", "clause_sociale": "social",
                   "clause_environnementale": "environmental", "marche_reserve": "reservation"}


@dataclass(slots=True)
class Example:
    text: str
    role: str | None  # None: the example teaches topics only
    topics: set[str]
    group: str
    real: bool
    commentary: bool = False  # talks about procurement in general (trains the register head only)


def _load_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("clausecheck_real_passages", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def load_real(training_dir: Path, corpus_dir: Path) -> list[Example]:
    module = _load_module(training_dir / "real_passages.py")
    rows = module.load(corpus_dir, training_dir / "real_passages.jsonl")
    out = []
    for text, labels, _source, group in rows:
        topics = set(labels["topics"]) if labels.get("polarity") != "absent" else set()
        out.append(Example(text, labels["role"], topics, f"real:{group}", True))
    return out


def load_synthetic(path: Path) -> list[Example]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        labels = list(row.get("labels") or [])
        roles = {SYNTHETIC_ROLE[label] for label in labels}
        role = "criteria" if "criteria" in roles else "execution" if "execution" in roles else \
            "reservation" if roles else None
        topics = {SYNTHETIC_TOPIC[label] for label in labels}
        if "insertion" in topics:
            topics.discard("social")  # an insertion clause is the insertion topic
        out.append(Example(str(row["text"]), role, topics, f"synthetic:{row.get('group') or row['id']}", False))
    return out


def load_commentary(path: Path) -> list[Example]:
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.extend(Example(chunk, None, set(row.get("topics") or ()), f"commentary:{row['group']}", False,
                               commentary=True) for chunk in commentary_chunks(str(row["text"])))
    return out


# ----------------------------------------------------------------------------- fitting


def _vectorizers() -> list[Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [TfidfVectorizer(**PARAMS["word"]), TfidfVectorizer(**PARAMS["char"])]


@dataclass(slots=True)
class Fitted:
    """scikit-learn's fitted estimators, before they become the shipped arrays."""
    vectorizers: list[Any]
    role_model: Any
    topic_models: dict[str, Any]
    register_model: Any = None  # commentary (1) or tender text (0), when commentary passages were given


def fit_estimators(examples: Sequence[Example], seed: int) -> Fitted:
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    texts = [features_text(e.text) for e in examples]
    vectorizers = _vectorizers()
    # the vocabulary is the tender text's: the commentary passages add a head, they leave the roles and topics as
    # the tender passages alone teach them
    tender_texts = [t for t, e in zip(texts, examples, strict=True) if not e.commentary]
    x = hstack([v.fit(tender_texts).transform(texts) for v in vectorizers]).tocsr()
    with_role = [i for i, e in enumerate(examples) if e.role is not None]
    role_model = LogisticRegression(C=PARAMS["C_role"], class_weight="balanced", max_iter=3000, random_state=seed)
    role_model.fit(x[with_role], [examples[i].role for i in with_role])
    topic_models = {}
    tender = [i for i, e in enumerate(examples) if not e.commentary]  # the topics as tender text states them
    for topic in TOPICS:
        y = np.array([topic in examples[i].topics for i in tender], dtype=int)
        model = LogisticRegression(C=PARAMS["C_topic"], class_weight="balanced", max_iter=3000, random_state=seed)
        model.fit(x[tender], y)
        topic_models[topic] = model
    register_model = None
    if any(e.commentary for e in examples):
        register_model = LogisticRegression(C=PARAMS["C_topic"], class_weight="balanced", max_iter=3000,
                                            random_state=seed)
        register_model.fit(x, [int(e.commentary) for e in examples])
    return Fitted(vectorizers, role_model, topic_models, register_model)


def to_arrays(fitted: Fitted) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The model as plain arrays and a JSON-able description (what PassageModel reads)."""
    arrays: dict[str, np.ndarray] = {}
    specs = []
    for index, vectorizer in enumerate(fitted.vectorizers):
        terms = sorted(vectorizer.vocabulary_, key=lambda term: vectorizer.vocabulary_[term])
        params = {k: (list(v) if isinstance(v, tuple) else v) for k, v in PARAMS[["word", "char"][index]].items()
                  if k not in ("min_df", "max_features")}
        specs.append({"params": params, "terms": terms})
        arrays[f"idf_{index}"] = np.asarray(vectorizer.idf_, dtype=np.float64)
    arrays["role_coef"] = np.asarray(fitted.role_model.coef_, dtype=np.float64)
    arrays["role_intercept"] = np.asarray(fitted.role_model.intercept_, dtype=np.float64)
    arrays["topic_coef"] = np.vstack([fitted.topic_models[t].coef_ for t in TOPICS]).astype(np.float64)
    arrays["topic_intercept"] = np.concatenate([fitted.topic_models[t].intercept_ for t in TOPICS]).astype(np.float64)
    if fitted.register_model is not None:
        arrays["register_coef"] = np.asarray(fitted.register_model.coef_, dtype=np.float64)
        arrays["register_intercept"] = np.asarray(fitted.register_model.intercept_, dtype=np.float64)
    meta = {"roles": [str(r) for r in fitted.role_model.classes_], "topics": list(TOPICS), "vectorizers": specs}
    return arrays, meta


def _fit(examples: Sequence[Example], seed: int) -> PassageModel:
    """The model as it will be shipped: what is measured out of fold is what a scan runs."""
    return PassageModel(*to_arrays(fit_estimators(examples, seed)))


# ----------------------------------------------------------------------------- measuring


def _out_of_fold(examples: list[Example], seed: int, measured: list[int]) -> list[Verdict]:
    """Out-of-fold verdicts on the examples at `measured` (folds by their groups: buyer, source site); every other
    example in each training fold."""
    from sklearn.model_selection import GroupKFold

    groups = [examples[i].group for i in measured]
    held = set(measured)
    others = [e for i, e in enumerate(examples) if i not in held]
    verdicts: list[Verdict | None] = [None] * len(measured)
    for train_idx, test_idx in GroupKFold(n_splits=PARAMS["folds"]).split(measured, groups=groups):
        model = _fit([examples[measured[i]] for i in train_idx] + others, seed)
        for j, verdict in zip(test_idx, model.predict([examples[measured[i]].text for i in test_idx]), strict=True):
            verdicts[j] = verdict
    return [v for v in verdicts if v is not None]


def _commentary_threshold(is_commentary: np.ndarray, probabilities: np.ndarray) -> tuple[float | None, dict[str, float]]:
    """The lowest threshold at which at most MAX_TENDER_AS_COMMENTARY of the real tender passages are read as
    commentary out of fold, and what it keeps (recall on the commentary passages, tender passages read as such)."""
    tender = probabilities[~is_commentary]
    if not is_commentary.any() or not len(tender):
        return None, {}
    for threshold in np.arange(0.5, 0.991, 0.01):
        tender_rate = float((tender >= threshold).mean())
        if tender_rate <= MAX_TENDER_AS_COMMENTARY:
            return round(float(threshold), 3), {
                "recall": round(float((probabilities[is_commentary] >= threshold).mean()), 4),
                "tender_read_as_commentary": round(tender_rate, 4),
                "commentary_passages": int(is_commentary.sum()), "tender_passages": len(tender)}
    return None, {}


def _topic_threshold(gold: np.ndarray, probabilities: np.ndarray) -> tuple[float, dict[str, float]]:
    """The threshold with the best F1 among those keeping the minimum precision out of fold."""
    from sklearn.metrics import precision_recall_fscore_support

    best = (0.95, {"precision": 0.0, "recall": 0.0, "f1": 0.0})
    for threshold in np.arange(0.3, 0.96, 0.025):
        predicted = probabilities >= threshold
        p, r, f, _ = precision_recall_fscore_support(gold, predicted, average="binary", zero_division=0.0)
        if p >= PARAMS["min_topic_precision"] and f > best[1]["f1"]:
            best = (round(float(threshold), 3), {"precision": round(float(p), 4), "recall": round(float(r), 4),
                                                 "f1": round(float(f), 4)})
    return best


def measure(examples: list[Example], seed: int) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, average_precision_score, f1_score

    # roles and topics on the real passages (folds by buyer); the register on them and the commentary passages
    # (folds by buyer and by source site), when there are any
    real = [i for i, e in enumerate(examples) if e.real]
    verdicts = _out_of_fold(examples, seed, real)
    role_p = np.array([[v.roles.get(r, 0.0) for r in ROLES] for v in verdicts])
    topic_p = np.array([[v.topics[t] for t in TOPICS] for v in verdicts])
    commentary_threshold: float | None = None
    commentary: dict[str, float] = {}
    if any(e.commentary for e in examples):
        read = [i for i, e in enumerate(examples) if e.real or e.commentary]
        register = _out_of_fold(examples, seed, read)
        commentary_threshold, commentary = _commentary_threshold(
            np.array([examples[i].commentary for i in read]), np.array([v.commentary or 0.0 for v in register]))
    gold_roles = [examples[i].role for i in real]
    predicted = [ROLES[k] for k in role_p.argmax(axis=1)]
    confidence = role_p.max(axis=1)
    role_threshold = 0.95
    for threshold in np.arange(0.3, 0.96, 0.025):
        kept = confidence >= threshold
        if kept.sum() and accuracy_score(np.array(gold_roles)[kept], np.array(predicted)[kept]) >= \
                PARAMS["min_role_accuracy"]:
            role_threshold = round(float(threshold), 3)
            break
    kept = confidence >= role_threshold
    topics = {}
    thresholds = {}
    for k, topic in enumerate(TOPICS):
        gold = np.array([topic in examples[i].topics for i in real])
        thresholds[topic], figures = _topic_threshold(gold, topic_p[:, k])
        # average precision: the ranking's quality whatever the threshold
        ranking = round(float(average_precision_score(gold, topic_p[:, k])), 4) if gold.any() else 0.0
        topics[topic] = dict(figures, threshold=thresholds[topic], positives=int(gold.sum()), average_precision=ranking)
    return {
        "held_out": f"folds by buyer (GroupKFold, {PARAMS['folds']} folds) on the real passages; hand-written "
                    "passages in every training fold, never measured",
        "real_passages": len(real),
        "role": {"accuracy": round(float(accuracy_score(gold_roles, predicted)), 4),
                 "macro_f1": round(float(f1_score(gold_roles, predicted, average="macro")), 4),
                 "threshold": role_threshold, "coverage_above_threshold": round(float(kept.mean()), 4)},
        "topics": topics,
        "commentary": commentary,
        "thresholds": {"role": role_threshold, "topics": thresholds}
        | ({"commentary": commentary_threshold} if commentary_threshold is not None else {}),
    }


# ----------------------------------------------------------------------------- the command


def train(training_dir: Path, corpus_dir: Path, out_dir: Path, seed: int = 0) -> dict[str, Any]:
    from clausecheck.detection.model_card import write_card

    started = time.perf_counter()
    real = load_real(training_dir, corpus_dir)
    synthetic = [example for name in SYNTHETIC_FILES if (training_dir / name).is_file()
                 for example in load_synthetic(training_dir / name)]
    commentary = load_commentary(training_dir / COMMENTARY_FILE) if (training_dir / COMMENTARY_FILE).is_file() else []
    examples = real + synthetic + commentary
    metrics = measure(examples, seed)
    arrays, meta = to_arrays(fit_estimators(examples, seed))
    digest = hashlib.sha256()
    for example in examples:
        digest.update(example.text.encode() + b"\0" + (example.role or "").encode() + repr(sorted(example.topics)).encode())
    version = f"pm1-{digest.hexdigest()[:10]}"
    meta.update(version=version, thresholds=metrics["thresholds"],
                trained_on=datetime.now(UTC).date().isoformat(),
                data={"real": len(real), "synthetic": len(synthetic), "commentary": len(commentary)})
    out_dir.mkdir(parents=True, exist_ok=True)
    # each array under its own name (numpy's stubs type keyword arrays like its allow_pickle flag)
    np.savez_compressed(out_dir / ARRAYS_NAME, **cast("dict[str, Any]", arrays))
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    metrics.update(version=version, seconds=round(time.perf_counter() - started, 1),
                   data={"real": len(real), "synthetic": len(synthetic), "commentary": len(commentary),
                         "real_groups": len({e.group for e in real})})
    (out_dir / METRICS_NAME).write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_card(out_dir / "MODEL_CARD.md", metrics, real, synthetic)
    return metrics
