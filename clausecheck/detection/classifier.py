"""Passage classifier: catches social / insertion / reserved / environmental wording the YAML
rules miss.

A small scikit-learn model (TF-IDF on word and character n-grams of accent-folded text, one
logistic regression per category) trained on the hand-written passages in
``models/training/passages.jsonl``. It scores a passage (a sentence or a paragraph) with a
probability per category of :data:`clausecheck.model.CATEGORIES`; the rule engine decides what
to do with the scores.

Train (writes the artifact, the metrics file and the model card)::

    clausecheck train [--passages PATH] [--out DIR] [--seed N]
    python -m clausecheck.detection.classifier [--passages PATH] [--out DIR]

Use::

    clf = PassageClassifier.load()          # None when no artifact is installed
    if clf is not None:
        scores = clf.predict(["Le titulaire réalisera 500 heures d'insertion."])
        # [{'clause_sociale': 0.97, 'clause_insertion': 0.98, ...}]

Training is deterministic: the same passages, seed and library versions give the same
artifact bytes and the same metrics.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

from clausecheck.categories import CATEGORIES, CATEGORY_LABELS

logger = logging.getLogger(__name__)

ARTIFACT_NAME = "passage_classifier.joblib"
METRICS_NAME = "passage_classifier.metrics.json"
CARD_NAME = "MODEL_CARD.md"
FORMAT_VERSION = 1
MODEL_FAMILY = "pc1"  # bump when features / algorithm change

# Hyper-parameters (recorded in the artifact, the metrics and the card).
PARAMS: dict[str, Any] = {
    "word_ngram_range": (1, 2),
    "word_max_features": 20000,
    "char_ngram_range": (3, 5),
    "char_max_features": 30000,
    "min_df": 2,
    "C": 4.0,
    "class_weight": "balanced",
    "n_splits": 5,
    "decision_threshold": 0.5,
    # Default threshold for reporting a category from the model alone on real documents, where
    # positives are rare: scores are calibrated on a balanced synthetic set, so 0.5 is too low.
    "report_threshold": 0.7,
}


# --------------------------------------------------------------------------------------------
# Text normalisation (module-level so the fitted vectorisers can be pickled)
# --------------------------------------------------------------------------------------------

_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\r?\n[ \t]*(\w)")
_LEGAL_REF = re.compile(r"\b([lrd])\s?\.?\s?(\d{3,4})\s?-\s?(\d+(?:\s?-\s?\d+)?)")
_NUMBER = re.compile(r"(?<![\w])\d+(?:[ \u00a0\u202f.,]\d+)*(?![\w])")
_SPACES = re.compile(r"\s+")
_TRANSLATE = str.maketrans({
    "œ": "oe", "æ": "ae", "’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"',
    "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "☐": " ", "□": " ", "■": " ",
    "°": "o",
})


def normalise(text: str) -> str:
    """Lower case, fold accents, join words hyphenated across line breaks, canonicalise legal
    references (``L. 2113-12`` -> ``l2113_12``) and replace other numbers by ``0``."""
    text = _HYPHEN_BREAK.sub(r"\1\2", text or "")
    text = text.lower().translate(_TRANSLATE)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _LEGAL_REF.sub(lambda m: f"{m.group(1)}{m.group(2)}_{re.sub(r'[ -]+', '_', m.group(3))}", text)
    text = _NUMBER.sub("0", text)
    return _SPACES.sub(" ", text).strip()


_WORD = re.compile(r"[a-z]{3,}")
MIN_WORDS = 2


def _too_short(text: str) -> bool:
    """Fewer than MIN_WORDS words of three letters or more: the model would only echo its bias."""
    return len(_WORD.findall(normalise(text))) < MIN_WORDS


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Passage:
    id: str
    text: str
    labels: list[str]
    group: str


def default_passages_path() -> Path:
    from clausecheck.resources import models_dir

    return models_dir() / "training" / "passages.jsonl"


def load_passages(path: Path) -> list[Passage]:
    passages: list[Passage] = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            row = json.loads(line)
            unknown = set(row.get("labels", [])) - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{path}:{lineno}: catégories inconnues {sorted(unknown)}")
            passages.append(Passage(str(row["id"]), str(row["text"]), list(row.get("labels", [])), str(row.get("group") or row["id"])))
    if not passages:
        raise ValueError(f"{path}: aucun passage")
    return passages


def _label_matrix(passages: Sequence[Passage]):
    import numpy as np

    y = np.zeros((len(passages), len(CATEGORIES)), dtype=np.int8)
    for i, p in enumerate(passages):
        for label in p.labels:
            y[i, CATEGORIES.index(label)] = 1
    return y


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


def _build_pipeline(seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    word = TfidfVectorizer(
        preprocessor=normalise, analyzer="word", token_pattern=r"(?u)\b\w+\b",
        ngram_range=PARAMS["word_ngram_range"], min_df=PARAMS["min_df"],
        max_features=PARAMS["word_max_features"], sublinear_tf=True, dtype=_float32(),
    )
    char = TfidfVectorizer(
        preprocessor=normalise, analyzer="char_wb", ngram_range=PARAMS["char_ngram_range"],
        min_df=PARAMS["min_df"], max_features=PARAMS["char_max_features"], sublinear_tf=True,
        dtype=_float32(),
    )
    clf = OneVsRestClassifier(LogisticRegression(
        C=PARAMS["C"], class_weight=PARAMS["class_weight"], solver="liblinear",
        max_iter=2000, random_state=seed,
    ))
    return Pipeline([("features", FeatureUnion([("word", word), ("char", char)])), ("clf", clf)])


def _float32():
    import numpy as np

    return np.float32


def _strip_for_storage(pipeline) -> None:
    """Drop what prediction does not need (the pruned-term sets can be megabytes) and store
    coefficients in float32."""
    import numpy as np

    for _, vec in pipeline.named_steps["features"].transformer_list:
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = None
        if hasattr(vec, "_stop_words_id"):  # id() of an object: differs from run to run
            del vec._stop_words_id
    for est in pipeline.named_steps["clf"].estimators_:
        if hasattr(est, "coef_"):
            est.coef_ = est.coef_.astype(np.float32)
            est.intercept_ = est.intercept_.astype(np.float32)


def _fit(passages: Sequence[Passage], seed: int):
    pipeline = _build_pipeline(seed)
    pipeline.fit([p.text for p in passages], _label_matrix(passages))
    return pipeline


def _proba(pipeline, texts: Sequence[str]):
    import numpy as np

    probs = pipeline.predict_proba(list(texts))
    return np.asarray(probs, dtype=np.float64)


# --------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------


def _prf(y_true, y_pred) -> dict[str, float]:
    tp = int(((y_true == 1) & (y_pred == 1)).sum())
    fp = int(((y_true == 0) & (y_pred == 1)).sum())
    fn = int(((y_true == 1) & (y_pred == 0)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _best_threshold(y_true, scores) -> float:
    """Threshold maximising F1 on out-of-fold scores, kept inside [0.3, 0.8]."""
    import numpy as np

    best_t, best_f = 0.5, -1.0
    for t in np.round(np.arange(0.30, 0.801, 0.05), 2):
        f = _prf(y_true, (scores >= t).astype(np.int8))["f1"]
        if f > best_f + 1e-9:
            best_t, best_f = float(t), f
    return best_t


def _held_out(passages: Sequence[Passage], seed: int, folds: int | None = None) -> tuple[dict[str, Any], Any]:
    """Out-of-fold scores with whole template families (``group``) held out."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    y = _label_matrix(passages)
    groups = np.array([p.group for p in passages])
    n_splits = min(folds or PARAMS["n_splits"], len(set(groups)))
    oof = np.zeros(y.shape, dtype=np.float64)
    texts = np.array([p.text for p in passages], dtype=object)
    for train_idx, test_idx in GroupKFold(n_splits=n_splits).split(texts, y, groups):
        y_train = y[train_idx]
        model = _build_pipeline(seed)
        # a fold may lack positives for a label: fit on the labels it has, score others 0
        present = [j for j in range(y.shape[1]) if 0 < y_train[:, j].sum() < len(train_idx)]
        model.fit(list(texts[train_idx]), y_train[:, present])
        probs = np.asarray(model.predict_proba(list(texts[test_idx])))
        for k, j in enumerate(present):
            oof[test_idx, j] = probs[:, k]
    thr = PARAMS["decision_threshold"]
    per_label: dict[str, Any] = {}
    for j, label in enumerate(CATEGORIES):
        m = _prf(y[:, j], (oof[:, j] >= thr).astype(np.int8))
        m["support"] = int(y[:, j].sum())
        m["best_threshold"] = _best_threshold(y[:, j], oof[:, j])
        per_label[label] = m
    # hard negatives: passages with no label at all, how many get any score >= threshold
    none = y.sum(axis=1) == 0
    fp_any = int(((oof >= thr).any(axis=1) & none).sum())
    metrics = {
        "split": f"GroupKFold(n_splits={n_splits}) over 'group' (template families held out whole)",
        "threshold": thr,
        "per_label": per_label,
        "macro_f1": round(float(np.mean([per_label[c]["f1"] for c in CATEGORIES])), 4),
        "micro_f1": _prf(y.ravel(), (oof >= thr).astype(np.int8).ravel())["f1"],
        "unlabelled_passages": int(none.sum()),
        "unlabelled_with_any_score_above_threshold": fp_any,
    }
    return metrics, oof


# --------------------------------------------------------------------------------------------
# Training entry point
# --------------------------------------------------------------------------------------------


def _data_digest(passages: Sequence[Passage], seed: int) -> str:
    h = hashlib.sha256()
    for p in passages:
        h.update(json.dumps([p.id, p.text, sorted(p.labels), p.group], ensure_ascii=False).encode())
        h.update(b"\n")
    h.update(json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in PARAMS.items()}, sort_keys=True).encode())
    h.update(f"seed={seed};format={FORMAT_VERSION}".encode())
    return h.hexdigest()


def _training_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch else datetime.now(timezone.utc)
    return when.strftime("%Y-%m-%d")


def train(passages_path: Path, out_dir: Path, seed: int = 0, folds: int | None = None) -> dict:
    """Train on the passages file, evaluate on held-out template families, then fit on all the
    data and write ``passage_classifier.joblib``, ``passage_classifier.metrics.json`` and
    ``MODEL_CARD.md`` into ``out_dir``. Returns the metrics dict. ``folds`` overrides the number
    of group folds of the held-out evaluation (default 5; tests use fewer to run fast)."""
    import joblib
    import sklearn

    passages_path = Path(passages_path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    passages = load_passages(passages_path)
    y = _label_matrix(passages)
    missing = [c for j, c in enumerate(CATEGORIES) if y[:, j].sum() == 0 or y[:, j].sum() == len(passages)]
    if missing:
        raise ValueError(f"impossible d'entraîner : aucune variation pour {missing}")

    started = time.perf_counter()
    metrics, oof = _held_out(passages, seed, folds)
    pipeline = _fit(passages, seed)
    _strip_for_storage(pipeline)
    digest = _data_digest(passages, seed)
    version = f"{MODEL_FAMILY}-{digest[:10]}"
    thresholds = {c: PARAMS["report_threshold"] for c in CATEGORIES}

    artifact = {
        "format": FORMAT_VERSION,
        "version": version,
        "labels": list(CATEGORIES),
        "pipeline": pipeline,
        "thresholds": thresholds,
        "sklearn": sklearn.__version__,
    }
    artifact_path = out_dir / ARTIFACT_NAME
    joblib.dump(artifact, artifact_path, compress=3)

    groups = sorted({p.group for p in passages})
    counts = {c: int(y[:, j].sum()) for j, c in enumerate(CATEGORIES)}
    groups_per_label = {c: len({p.group for p in passages if c in p.labels}) for c in CATEGORIES}
    n_features = {name: len(vec.vocabulary_) for name, vec in pipeline.named_steps["features"].transformer_list}
    metrics.update({
        "version": version,
        "seed": seed,
        "passages": len(passages),
        "groups": len(groups),
        "positives_per_label": counts,
        "groups_per_label": groups_per_label,
        "features": n_features,
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in PARAMS.items()},
        "report_thresholds": thresholds,
        "sklearn": sklearn.__version__,
        "data_sha256": hashlib.sha256(passages_path.read_bytes()).hexdigest(),
        "artifact_bytes": artifact_path.stat().st_size,
    })
    (out_dir / METRICS_NAME).write_text(json.dumps(metrics, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _write_card(out_dir / CARD_NAME, metrics, passages_path, passages, oof, time.perf_counter() - started)
    return metrics


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path.name if path.parent.name == "training" else str(path)


def _write_card(path: Path, metrics: dict, passages_path: Path, passages: Sequence[Passage], oof, seconds: float) -> None:
    per = metrics["per_label"]
    lines = [
        "# Model card: passage classifier (clausecheck)",
        "",
        "_This file is written by `clausecheck train` (clausecheck.detection.classifier.train); do not edit it by hand._",
        "",
        f"- **Version:** `{metrics['version']}`",
        f"- **Trained on:** {_training_date()} (scikit-learn {metrics['sklearn']}, seed {metrics['seed']}, {seconds:.0f} s)",
        f"- **Artifact:** `{ARTIFACT_NAME}` ({metrics['artifact_bytes'] / 1024:.0f} KiB); metrics in `{METRICS_NAME}`",
        f"- **Training data:** `{_rel(passages_path)}` (sha256 `{metrics['data_sha256'][:16]}…`): "
        f"{metrics['passages']} passages in {metrics['groups']} template families, "
        f"{metrics['unlabelled_passages']} of them with no label (hard negatives).",
        "",
        "## What it does",
        "",
        "Scores a passage of a French tender document (sentence or paragraph) with one probability per category:",
        "" ,
        *[f"- `{c}` ({CATEGORY_LABELS[c]})" for c in CATEGORIES],
        "",
        "It backs up the YAML rules: it catches phrasings they miss, but gives no evidence span, hours or legal basis;",
        "the rule engine decides what to report. Categories follow `shared/eval/LABELS.md`.",
        "",
        "## Data",
        "",
        "All passages were written for the project (template families with slot values, typos, missing accents,",
        "upper case, line-break hyphenation, abbreviations), including many hard negatives: blank DC1/DC2 text,",
        "L5212-1 declarations, \"Marché réservé : non\", negations, insertion-services contract objects, other senses",
        "of *insertion*, *réservé* and *environnement*, hour volumes, the 400-hour prevention plan, boilerplate,",
        "price/technical criteria. No text from the evaluation corpus was used.",
        "",
        "| category | positive passages | template families |",
        "|---|---:|---:|",
        *[f"| `{c}` | {metrics['positives_per_label'][c]} | {metrics['groups_per_label'][c]} |" for c in CATEGORIES],
        "",
        "## Features and model",
        "",
        "- Text normalisation: lower case, accent folding, œ→oe, words hyphenated across line breaks re-joined,",
        "  legal references canonicalised (`L. 2113-12` → `l2113_12`), other numbers replaced by `0`.",
        f"- TF-IDF (sublinear) on word {tuple(metrics['params']['word_ngram_range'])}-grams "
        f"({metrics['features'].get('word', 0)} features) and character `char_wb` "
        f"{tuple(metrics['params']['char_ngram_range'])}-grams ({metrics['features'].get('char', 0)} features), min_df {metrics['params']['min_df']}.",
        f"- One-vs-rest logistic regression (liblinear, C={metrics['params']['C']}, class_weight={metrics['params']['class_weight']}).",
        "",
        "## Held-out metrics",
        "",
        f"Split: {metrics['split']}. Every passage is scored by a model that never saw its template family,",
        f"so these figures measure generalisation to new wordings, not memorisation. Threshold {metrics['threshold']}.",
        "",
        "| category | precision | recall | F1 | support | F1-best threshold |",
        "|---|---:|---:|---:|---:|---:|",
        *[f"| `{c}` | {per[c]['precision']:.3f} | {per[c]['recall']:.3f} | {per[c]['f1']:.3f} | {per[c]['support']} | {per[c]['best_threshold']:.2f} |" for c in CATEGORIES],
        "",
        f"- **Macro F1:** {metrics['macro_f1']:.3f} — micro F1: {metrics['micro_f1']:.3f}",
        f"- Hard negatives (no label) given any score ≥ {metrics['threshold']}: "
        f"{metrics['unlabelled_with_any_score_above_threshold']} of {metrics['unlabelled_passages']}",
        "",
        "## Limits",
        "",
        "- Synthetic training text: the held-out figures are an upper bound for real documents; check on real DCE.",
        "- Bag of n-grams: negation is learned only from the patterns in the data (\"ne comporte pas\", \"Sans\", \"non\").",
        "- It does not read tables, weights or lot structure; a criterion split across cells may be missed.",
        "- Probabilities come from a class-balanced fit on a set where about a third of passages are positive;",
        "  in real documents positives are rare, so use a higher threshold when the model alone reports a category:",
        f"  `PassageClassifier.thresholds` defaults to {metrics['params']['report_threshold']} (score ≥ 0.5 is enough to corroborate a rule hit).",
        "- Score sentences or short paragraphs (≤ ~300 characters): long windows dilute a clause among boilerplate.",
        "- Passages with fewer than two words of three letters or more get 0 everywhere.",
        "",
        "## Reproduce",
        "",
        "```",
        "clausecheck train                     # models/training/passages.jsonl -> models/",
        "clausecheck train --passages models/training/passages.jsonl --out models --seed 0",
        "python models/training/generate.py    # regenerate the passages (deterministic)",
        "```",
        "",
        "Same passages, seed and scikit-learn version give the same artifact and metrics.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Inference
# --------------------------------------------------------------------------------------------


class _Stub:
    """Stands in for a scikit-learn class while unpickling: keeps the fitted state only."""

    def __setstate__(self, state):
        self.__dict__.update(state if isinstance(state, dict) else {})


_STUBS: dict[tuple[str, str], type] = {}


def _stub_class(module: str, name: str) -> type:
    key = (module, name)
    if key not in _STUBS:
        _STUBS[key] = type(name, (_Stub,), {"_stub_of": f"{module}.{name}"})
    return _STUBS[key]


def _load_light(path: Path) -> dict:
    """Unpickle the joblib artifact with scikit-learn classes replaced by stubs, then build a
    :class:`LightPipeline` from their fitted state (vocabularies, idf, coefficients)."""
    from joblib import numpy_pickle as jnp

    class _Unpickler(jnp.NumpyUnpickler):
        def find_class(self, module, name):
            if module.split(".")[0] == "sklearn":
                return _stub_class(module, name)
            return super().find_class(module, name)

    with open(path, "rb") as fh:
        with jnp._validate_fileobject_and_memmap(fh, str(path), None) as (fobj, _):
            data = _Unpickler(str(path), fobj, True).load()
    if isinstance(data, dict) and "pipeline" in data:
        data = dict(data, pipeline=LightPipeline.from_stub(data["pipeline"]))
    return data


class _LightTfidf:
    """TfidfVectorizer.transform for analyzer 'word' (token pattern) or 'char_wb', with
    sublinear tf, idf and l2 norm, on a dict of column -> weight."""

    def __init__(self, vec: Any) -> None:
        if vec.analyzer not in ("word", "char_wb") or vec.tokenizer is not None or vec.stop_words:
            raise ValueError(f"vectoriseur non pris en charge ({vec.analyzer})")
        if vec.binary or vec.norm != "l2" or not vec._tfidf.use_idf:
            raise ValueError("options de vectoriseur non prises en charge")
        self.analyzer = vec.analyzer
        self.preprocessor = vec.preprocessor or (lambda t: t.lower())
        self.token_re = re.compile(vec.token_pattern) if vec.analyzer == "word" else None
        self.min_n, self.max_n = vec.ngram_range
        self.vocabulary: dict[str, int] = vec.vocabulary_
        self.idf = [float(x) for x in vec._tfidf.idf_]
        self.sublinear = bool(vec._tfidf.sublinear_tf)
        self.size = len(self.idf)

    def _terms(self, text: str) -> list[str]:
        min_n, max_n = self.min_n, self.max_n
        if self.analyzer == "word":
            tokens = self.token_re.findall(text)
            out = list(tokens) if min_n == 1 else []
            for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
                out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            return out
        out = []
        for w in _SPACES.sub(" ", text).split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                out.append(w[offset:offset + n])
                while offset + n < w_len:
                    offset += 1
                    out.append(w[offset:offset + n])
                if offset == 0:
                    break
        return out

    def transform(self, text: str) -> dict[int, float]:
        import math

        counts: dict[int, int] = {}
        vocab = self.vocabulary
        for term in self._terms(self.preprocessor(text)):
            j = vocab.get(term)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        row = {}
        for j, c in counts.items():
            tf = (math.log(c) + 1.0) if self.sublinear else float(c)
            row[j] = tf * self.idf[j]
        norm = math.sqrt(sum(v * v for v in row.values()))
        if norm > 0:
            row = {j: v / norm for j, v in row.items()}
        return row


class LightPipeline:
    """predict_proba of Pipeline(FeatureUnion(tfidf...), OneVsRestClassifier(LogisticRegression))
    in plain Python + numpy, from the fitted state; no scikit-learn import."""

    def __init__(self, vectorizers: list[_LightTfidf], coef: Any, intercept: Any) -> None:
        self.vectorizers = vectorizers
        self.coef = coef  # (n_features, n_labels)
        self.intercept = intercept

    @classmethod
    def from_stub(cls, pipeline: Any) -> "LightPipeline":
        import numpy as np

        steps = dict(pipeline.steps)
        union, clf = steps["features"], steps["clf"]
        if getattr(union, "transformer_weights", None):
            raise ValueError("poids de FeatureUnion non pris en charge")
        vectorizers = [_LightTfidf(vec) for _, vec in union.transformer_list]
        if clf.label_binarizer_.y_type_ != "multilabel-indicator":
            raise ValueError("classifieur non multi-étiquettes")
        coef = np.vstack([np.asarray(e.coef_, dtype=np.float64).reshape(1, -1) for e in clf.estimators_]).T
        intercept = np.array([float(np.ravel(e.intercept_)[0]) for e in clf.estimators_])
        if coef.shape[0] != sum(v.size for v in vectorizers):
            raise ValueError("dimensions incohérentes")
        return cls(vectorizers, coef, intercept)

    def predict_proba(self, texts: Sequence[str]):
        import numpy as np

        out = np.zeros((len(texts), self.coef.shape[1]))
        for i, text in enumerate(texts):
            z = self.intercept.copy()
            offset = 0
            for vec in self.vectorizers:
                row = vec.transform(text)
                if row:
                    cols = np.fromiter((offset + j for j in row), dtype=np.int64, count=len(row))
                    vals = np.fromiter(row.values(), dtype=np.float64, count=len(row))
                    z += vals @ self.coef[cols]
                offset += vec.size
            out[i] = 1.0 / (1.0 + np.exp(-z))
        return out


class PassageClassifier:
    """Trained passage classifier; ``predict`` gives a probability per category."""

    def __init__(self, pipeline, labels: Sequence[str], version: str, thresholds: dict[str, float] | None = None):
        self._pipeline = pipeline
        self.labels: tuple[str, ...] = tuple(labels)
        self.version = version
        self.thresholds: dict[str, float] = dict(thresholds or {c: 0.5 for c in self.labels})

    @classmethod
    def load(cls, models_dir: Path | None = None, light: bool = True) -> "PassageClassifier | None":
        """Load ``passage_classifier.joblib`` from ``models_dir`` (default: the installed models
        directory). Returns None when there is no artifact or it cannot be read.

        ``light`` (default): read the fitted parameters without importing scikit-learn (its
        import costs 2-3 s per worker process) and predict with :class:`LightPipeline`, which
        reproduces the pipeline's ``predict_proba``; falls back to scikit-learn if the
        artifact's layout is not the expected one."""
        if models_dir is None:
            from clausecheck.resources import models_dir as default_dir

            models_dir = default_dir()
        path = Path(models_dir) / ARTIFACT_NAME
        if not path.is_file():
            return None
        data = None
        if light:
            try:
                data = _load_light(path)
            except Exception as exc:  # unexpected layout: fall back to scikit-learn
                logger.debug("chargement léger impossible (%s) : scikit-learn", exc)
                data = None
        if data is None:
            try:
                import joblib

                data = joblib.load(path)
            except Exception as exc:  # corrupt artifact or incompatible library: the rules still run
                logger.warning("classifieur de passages illisible (%s) : %s", path, exc)
                return None
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            logger.warning("classifieur de passages au format inattendu : %s", path)
            return None
        return cls(data["pipeline"], data["labels"], data["version"], data.get("thresholds"))

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Probability per category for each passage (same order as ``texts``)."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        if not texts:
            return []
        probs = _proba(self._pipeline, texts)
        out = []
        for text, row in zip(texts, probs):
            if _too_short(text):  # dates, page numbers, bare headings: nothing to judge
                out.append({label: 0.0 for label in self.labels})
            else:
                out.append({label: float(row[j]) for j, label in enumerate(self.labels)})
        return out

    def predict_labels(self, texts: Sequence[str], thresholds: dict[str, float] | None = None) -> list[list[str]]:
        """Categories whose probability reaches the threshold (default: ``self.thresholds``)."""
        thr = {**self.thresholds, **(thresholds or {})}
        return [[c for c in self.labels if s[c] >= thr.get(c, 0.5)] for s in self.predict(texts)]

    def __repr__(self) -> str:
        return f"PassageClassifier(version={self.version!r}, labels={len(self.labels)})"


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def build_arg_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """Arguments of ``clausecheck train`` (reusable as a sub-command parser)."""
    if parser is None:
        parser = argparse.ArgumentParser(prog="clausecheck train", description="Entraîne le classifieur de passages.")
    parser.add_argument("--passages", type=Path, default=None, help="fichier JSONL des passages annotés (défaut : models/training/passages.jsonl)")
    parser.add_argument("--out", type=Path, default=None, help="dossier de sortie du modèle (défaut : models/)")
    parser.add_argument("--seed", type=int, default=0, help="graine (défaut : 0)")
    return parser


def run_train(args: argparse.Namespace) -> int:
    from clausecheck.resources import models_dir

    passages = args.passages or default_passages_path()
    out = args.out or models_dir()
    try:
        metrics = train(passages, out, seed=args.seed)
    except (OSError, ValueError) as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    print(f"Modèle {metrics['version']} écrit dans {out} ({metrics['passages']} passages, {metrics['groups']} familles).")
    print("Évaluation sur familles de modèles tenues à l'écart (précision / rappel / F1) :")
    for c in CATEGORIES:
        m = metrics["per_label"][c]
        print(f"  {CATEGORY_LABELS[c]:<26} {m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f}  (n={m['support']})")
    print(f"  F1 macro : {metrics['macro_f1']:.3f}")
    return 0


def main_train(argv: Iterable[str] | None = None) -> int:
    args = build_arg_parser().parse_args(list(argv) if argv is not None else None)
    return run_train(args)


if __name__ == "__main__":
    # Run through the importable module so pickled references (``normalise``) point at
    # ``clausecheck.detection.classifier`` and not at ``__main__``.
    from clausecheck.detection.classifier import main_train as _main_train

    sys.exit(_main_train())
