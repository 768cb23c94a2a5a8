"""The passage model: what a passage does (its role) and what it is about (its topics), learnt from
real passages of tender documents (models/training/REAL_PASSAGES.md).

Shipped as plain arrays (models/passage_model.npz) and a JSON description
(models/passage_model.json): the vocabulary and IDF weights of two TF-IDF vectorisers (words and
character n-grams) and the coefficients of the role model (multinomial logistic regression) and
of one binary logistic regression per topic. Loading sets these as the fitted attributes of
scikit-learn's own estimators: no pickle, no private API. `clausecheck train` writes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from clausecheck.text import fold_words

ARRAYS_NAME = "passage_model.npz"
META_NAME = "passage_model.json"
TOPICS = ("insertion", "social", "environmental", "reservation")

_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_LEGAL_REF = re.compile(r"\b([lrd])\s?\.?\s?(\d{3,4})\s?-\s?(\d+(?:\s?-\s?\d+)?)")
_NUMBER = re.compile(r"(?<![\w])\d+(?:[ .,]\d+)*(?![\w])")
_SPACES = re.compile(r"\s+")


def features_text(text: str) -> str:
    """The text the vectorisers read: folded (no case, no accents), words cut at a line end joined,
    legal references as one token (« L. 2113-12 » -> « l2113_12 »), other numbers as « 0 »."""
    text = fold_words(_HYPHEN_BREAK.sub(r"\1\2", text or ""))
    text = _LEGAL_REF.sub(lambda m: f"{m.group(1)}{m.group(2)}_{re.sub(r'[ -]+', '_', m.group(3))}", text)
    text = _NUMBER.sub("0", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Verdict:
    role: str
    role_probability: float
    roles: dict[str, float]
    topics: dict[str, float] = field(default_factory=dict)


class PassageModel:
    """Role and topic probabilities of passages, from the shipped arrays."""

    def __init__(self, vectorizers: list[Any], role_model: Any, topic_models: dict[str, Any],
                 meta: dict[str, Any]) -> None:
        self.vectorizers = vectorizers
        self.role_model = role_model
        self.topic_models = topic_models
        self.meta = meta
        self.version: str = str(meta.get("version", "?"))
        self.roles: list[str] = [str(r) for r in role_model.classes_]
        thresholds = meta.get("thresholds") or {}
        self.role_threshold = float(thresholds.get("role", 0.6))
        self.topic_thresholds = {t: float((thresholds.get("topics") or {}).get(t, 0.8)) for t in TOPICS}

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, models_dir: Path | None = None) -> PassageModel | None:
        from clausecheck.resources import models_dir as default_dir

        folder = Path(models_dir or default_dir())
        arrays_path, meta_path = folder / ARRAYS_NAME, folder / META_NAME
        if not arrays_path.is_file() or not meta_path.is_file():
            return None
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(arrays_path, allow_pickle=False) as arrays:
            return cls.from_arrays({key: arrays[key] for key in arrays.files}, meta)

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> PassageModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizers = []
        for index, spec in enumerate(meta["vectorizers"]):
            params = dict(spec["params"], ngram_range=tuple(spec["params"]["ngram_range"]))
            vectorizer = TfidfVectorizer(**params)
            vectorizer.vocabulary_ = {term: i for i, term in enumerate(spec["terms"])}
            vectorizer.idf_ = arrays[f"idf_{index}"]
            vectorizers.append(vectorizer)
        role_model = LogisticRegression()
        role_model.classes_ = np.array(meta["roles"])
        role_model.coef_ = arrays["role_coef"]
        role_model.intercept_ = arrays["role_intercept"]
        topic_models = {}
        for index, topic in enumerate(meta["topics"]):
            model = LogisticRegression()
            model.classes_ = np.array([0, 1])
            model.coef_ = arrays["topic_coef"][index:index + 1]
            model.intercept_ = arrays["topic_intercept"][index:index + 1]
            topic_models[topic] = model
        return cls(vectorizers, role_model, topic_models, meta)

    # ------------------------------------------------------------------ inference
    def matrix(self, texts: Sequence[str]) -> Any:
        from scipy.sparse import hstack

        prepared = [features_text(t) for t in texts]
        return hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()

    def predict(self, texts: Sequence[str]) -> list[Verdict]:
        if not texts:
            return []
        x = self.matrix(texts)
        role_probabilities = self.role_model.predict_proba(x)
        topic_probabilities = {t: m.predict_proba(x)[:, 1] for t, m in self.topic_models.items()}
        verdicts = []
        for i in range(len(texts)):
            roles = {role: float(p) for role, p in zip(self.roles, role_probabilities[i], strict=True)}
            best = max(roles, key=lambda r: roles[r])
            verdicts.append(Verdict(best, roles[best], roles, {t: float(p[i]) for t, p in topic_probabilities.items()}))
        return verdicts
