"""The passage model: what a passage does (its role) and what it is about (its topics), learnt from
real passages of tender documents (models/training/REAL_PASSAGES.md).

Shipped as plain arrays (models/passage_model.npz) and a JSON description
(models/passage_model.json): the vocabulary and IDF weights of two TF-IDF vectorisers (words and
character n-grams) and the coefficients of the role model (multinomial logistic regression) and
of one binary logistic regression per topic. Inference computes what scikit-learn's estimators
compute from these arrays, with numpy and scipy alone (tests/test_passage_model.py checks it against
the fitted estimators): no pickle, no private API, no scikit-learn at scan time. `clausecheck train`
fits them with scikit-learn and writes them.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
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
_WHITE_SPACES = re.compile(r"\s\s+")


CACHE_SIZE = 20_000  # verdicts kept (the sentences of a few hundred documents); emptied when full
WORD_CACHE_SIZE = 100_000  # words whose character n-grams are kept; emptied when full


def features_text(text: str) -> str:
    """The text the vectorisers read: folded (no case, no accents), words cut at a line end joined,
    legal references as one token (« L. 2113-12 » -> « l2113_12 »), other numbers as « 0 »."""
    text = fold_words(_HYPHEN_BREAK.sub(r"\1\2", text or ""))
    text = _LEGAL_REF.sub(lambda m: f"{m.group(1)}{m.group(2)}_{re.sub(r'[ -]+', '_', m.group(3))}", text)
    text = _NUMBER.sub("0", text)
    return _SPACES.sub(" ", text).strip()


COMMENTARY_CHUNK = 280  # characters: the register head learns and reads runs of sentences of about this size
_CHUNK_BREAK = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«(\"•–—-])|\n\s*\n")


def commentary_chunks(text: str) -> list[str]:
    """A text cut into runs of whole sentences of about COMMENTARY_CHUNK characters (a short end joins the run
    before it): the size of the passages the register head is trained on, whatever the text's length."""
    chunks: list[str] = []
    current = ""
    for sentence in _CHUNK_BREAK.split(text):
        sentence = " ".join(sentence.split())
        if not sentence:
            continue
        current = f"{current} {sentence}".strip()
        if len(current) >= COMMENTARY_CHUNK:
            chunks.append(current)
            current = ""
    if current:
        if chunks and len(current) < COMMENTARY_CHUNK // 2:
            chunks[-1] = f"{chunks[-1]} {current}"
        else:
            chunks.append(current)
    return chunks


@dataclass(frozen=True, slots=True)
class Verdict:
    role: str
    role_probability: float
    roles: dict[str, float]
    topics: dict[str, float] = field(default_factory=dict)
    # how likely the passage talks about procurement in general (a guide, a law's explanation, news) instead of
    # stipulating for one contract; None for a model without that head
    commentary: float | None = None


class _Tfidf:
    """One TF-IDF vectoriser of the shipped model, as scikit-learn's TfidfVectorizer computes it
    (sublinear tf, IDF, L2 norm per row), without importing scikit-learn: its import costs more than
    the whole detection of a small folder, in every process a scan starts."""

    def __init__(self, params: dict[str, Any], terms: list[str], idf: np.ndarray) -> None:
        self.analyzer = str(params.get("analyzer", "word"))
        low, high = params["ngram_range"]
        self.ngram_range = (int(low), int(high))
        self.token_pattern = re.compile(params.get("token_pattern") or r"(?u)\b\w\w+\b")
        self.vocabulary = {term: i for i, term in enumerate(terms)}
        self.idf = idf
        self._by_word: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if self.analyzer not in ("word", "char_wb") or params.get("lowercase", True) or not params.get("sublinear_tf"):
            raise ValueError(f"vectoriseur non pris en charge : {params}")

    def grams(self, text: str) -> list[str]:
        low, high = self.ngram_range
        if self.analyzer == "word":
            tokens = self.token_pattern.findall(text)
            grams = list(tokens) if low == 1 else []
            for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
                grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            return grams
        grams = []
        for word in _WHITE_SPACES.sub(" ", text).split():  # char_wb: n-grams inside words, padded with a space
            word = f" {word} "
            for n in range(low, high + 1):
                grams.extend(word[i:i + n] for i in range(max(1, len(word) - n + 1)))
                if len(word) <= n:  # a short word counts once
                    break
        return grams

    def _word_columns(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """The known character n-grams of one word: their columns and counts (words recur from sentence
        to sentence, so each is looked up once)."""
        known = self._by_word.get(word)
        if known is None:
            counts = {index: count for gram, count in Counter(self.grams(word)).items()
                      if (index := self.vocabulary.get(gram)) is not None}
            known = (np.fromiter(counts.keys(), np.int64, len(counts)), np.fromiter(counts.values(), np.float64, len(counts)))
            if len(self._by_word) >= WORD_CACHE_SIZE:
                self._by_word.clear()
            self._by_word[word] = known
        return known

    def _counts(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each text's known terms: rows, columns (sorted within a row) and counts, summed over the texts at once."""
        rows: list[int] = []
        columns: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        if self.analyzer == "char_wb":  # a word's n-grams are its own
            for row, text in enumerate(texts):
                for word in _WHITE_SPACES.sub(" ", text).split():
                    word_columns, word_counts = self._word_columns(word)
                    columns.append(word_columns)
                    counts.append(word_counts)
                    rows.append(row)
        else:
            vocabulary = self.vocabulary
            for row, text in enumerate(texts):
                found = {index: count for gram, count in Counter(self.grams(text)).items()
                         if (index := vocabulary.get(gram)) is not None}
                columns.append(np.fromiter(found.keys(), np.int64, len(found)))
                counts.append(np.fromiter(found.values(), np.float64, len(found)))
                rows.append(row)
        if not columns:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
        row_of = np.repeat(np.asarray(rows, np.int64), [c.size for c in columns])
        keys = row_of * len(self.vocabulary) + np.concatenate(columns)
        unique, where = np.unique(keys, return_inverse=True)
        # (float even when no text holds a known term: bincount of nothing gives integers)
        summed = np.bincount(where.ravel(), weights=np.concatenate(counts), minlength=unique.size).astype(np.float64)
        return unique // len(self.vocabulary), unique % len(self.vocabulary), summed

    def transform(self, texts: Sequence[str]) -> Any:
        from scipy.sparse import csr_matrix

        rows, indices, data = self._counts(texts)
        columns = indices.astype(np.int32)
        indptr = np.searchsorted(rows, np.arange(len(texts) + 1)).astype(np.int32)
        np.log(data, data)
        data += 1.0
        data *= self.idf[columns]
        for lo, hi in pairwise(indptr.tolist()):
            if hi > lo:  # summed in order, as scikit-learn's L2 normalisation does
                norm = np.add.accumulate(data[lo:hi] * data[lo:hi])[-1]
                if norm != 0.0:
                    data[lo:hi] /= np.sqrt(norm)
        return csr_matrix((data, columns, indptr), shape=(len(texts), len(self.vocabulary)))


class PassageModel:
    """Role and topic probabilities of passages, from the shipped arrays: the TF-IDF features of
    both vectorisers side by side, a softmax over the roles' scores, a sigmoid per topic."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
        self.vectorizers = [_Tfidf(spec["params"], spec["terms"], arrays[f"idf_{index}"])
                            for index, spec in enumerate(meta["vectorizers"])]
        self.role_coef = arrays["role_coef"]
        self.role_intercept = arrays["role_intercept"]
        self.topics = [str(t) for t in meta["topics"]]
        self.topic_coef = arrays["topic_coef"]
        self.topic_intercept = arrays["topic_intercept"]
        self.register_coef = arrays.get("register_coef")
        self.register_intercept = arrays.get("register_intercept")
        self.meta = meta
        self._cache: dict[str, Verdict] = {}
        self._cache_lock = threading.Lock()  # the API may detect from several threads
        self.version: str = str(meta.get("version", "?"))
        self.roles: list[str] = [str(r) for r in meta["roles"]]
        thresholds = meta.get("thresholds") or {}
        self.role_threshold = float(thresholds.get("role", 0.6))
        self.topic_thresholds = {t: float((thresholds.get("topics") or {}).get(t, 0.8)) for t in TOPICS}
        commentary = thresholds.get("commentary")
        self.commentary_threshold: float | None = float(commentary) if commentary is not None else None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, models_dir: Path | None = None) -> PassageModel | None:
        folder = Path(models_dir or _default_dir())
        arrays_path, meta_path = folder / ARRAYS_NAME, folder / META_NAME
        if not arrays_path.is_file() or not meta_path.is_file():
            return None
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(arrays_path, allow_pickle=False) as arrays:
            return cls({key: arrays[key] for key in arrays.files}, meta)

    @staticmethod
    def shipped_version(models_dir: Path | None = None) -> str | None:
        """The version written in the model's description, without loading its arrays."""
        folder = Path(models_dir or _default_dir())
        if not (folder / ARRAYS_NAME).is_file() or not (folder / META_NAME).is_file():
            return None
        return str(json.loads((folder / META_NAME).read_text(encoding="utf-8")).get("version", "?"))

    # ------------------------------------------------------------------ inference
    def matrix(self, texts: Sequence[str]) -> Any:
        from scipy.sparse import hstack

        prepared = [features_text(t) for t in texts]
        return hstack([v.transform(prepared) for v in self.vectorizers]).tocsr()

    def predict(self, texts: Sequence[str]) -> list[Verdict]:
        """The verdict on each text. A detection asks about the same sentence several times (for each
        match in it, for its role, for the stipulation step): each text is computed once, then kept."""
        with self._cache_lock:
            known: dict[str, Verdict | None] = {text: self._cache.get(text) for text in texts}
        missing = [text for text, verdict in known.items() if verdict is None]
        if missing:
            computed = self._compute(missing)
            with self._cache_lock:
                if len(self._cache) + len(missing) > CACHE_SIZE:
                    self._cache.clear()
                self._cache.update(zip(missing, computed, strict=True))
            known.update(zip(missing, computed, strict=True))
        return [verdict for text in texts if (verdict := known[text]) is not None]  # every text is known by now

    def _compute(self, texts: Sequence[str]) -> list[Verdict]:
        from scipy.special import expit

        if not texts:
            return []
        x = self.matrix(texts)
        scores = x @ self.role_coef.T + self.role_intercept
        scores -= scores.max(axis=1).reshape(-1, 1)  # softmax, as scikit-learn's multinomial model
        np.exp(scores, out=scores)
        role_probabilities = scores / scores.sum(axis=1).reshape(-1, 1)
        topic_scores = x @ self.topic_coef.T + self.topic_intercept
        topic_probabilities = {t: expit(topic_scores[:, i]) for i, t in enumerate(self.topics)}
        commentary = expit(x @ self.register_coef.T + self.register_intercept).ravel() \
            if self.register_coef is not None and self.register_intercept is not None else None
        verdicts = []
        for i in range(len(texts)):
            roles = {role: float(p) for role, p in zip(self.roles, role_probabilities[i], strict=True)}
            best = max(roles, key=lambda r: roles[r])
            verdicts.append(Verdict(best, roles[best], roles, {t: float(p[i]) for t, p in topic_probabilities.items()},
                                    float(commentary[i]) if commentary is not None else None))
        return verdicts


def _default_dir() -> Path:
    from clausecheck.resources import models_dir

    return models_dir()
