"""The real-passage training set: pointers into ../shared/corpus that must still resolve.

models/training/real_passages.jsonl holds, for each labelled passage written by a public buyer,
its source document and two verbatim anchors (never the passage itself: the corpus may not be
copied into the repository). With the corpus present, at least 97 % of the pointers must resolve
through the engine's own ingestion and every resolved passage must begin and end with its anchors.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MODULE = REPO / "models" / "training" / "real_passages.py"
JSONL = REPO / "models" / "training" / "real_passages.jsonl"
CORPUS = REPO.parent / "shared" / "corpus"


def _module():
    if "real_passages" in sys.modules:
        return sys.modules["real_passages"]
    spec = importlib.util.spec_from_file_location("real_passages", MODULE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_passages"] = module  # dataclasses look their module up in sys.modules
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict]:
    with open(JSONL, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_pointer_file_is_well_formed_and_balanced():
    rp = _module()
    records = _records()
    errors = [e for r in records for e in rp.validate_record(r)]
    assert not errors, errors[:10]
    assert len({r["id"] for r in records}) == len(records), "identifiants en double"
    assert len(records) >= 2500
    assert len({r["source"] for r in records}) >= 250
    roles = Counter(r["role"] for r in records)
    for role, minimum in {"criteria": 80, "execution": 80, "object": 80, "selection": 60, "reservation": 40,
                          "price_schedule": 20, "form": 20}.items():
        assert roles[role] >= minimum, (role, roles[role])
    for r in records:
        # pointers only: the anchors are short, the passage text itself is never stored
        assert len(r["start"]) <= 120 and len(r["end"]) <= 80, r["id"]
        assert "text" not in r, r["id"]


@pytest.mark.corpus
def test_pointers_resolve_against_the_corpus():
    if not (CORPUS / "labels.csv").exists():
        pytest.skip("../shared/corpus absent : les pointeurs de real_passages.jsonl ne peuvent pas être résolus")
    rp = _module()
    records = _records()
    resolved = 0
    bad_anchor = []
    for rec in records:
        text = rp.resolve(rec, CORPUS)
        if text is None:
            continue
        resolved += 1
        if not (text.startswith(rec["start"]) and text.endswith(rec["end"])):
            bad_anchor.append(rec["id"])
    assert resolved >= 0.97 * len(records), f"{resolved}/{len(records)} pointeurs résolus"
    assert not bad_anchor, bad_anchor[:10]
    rows, skipped = rp.load(CORPUS, report=True)
    assert len(rows) == resolved and skipped == len(records) - resolved
    text, labels, source, group = rows[0]
    assert text and set(labels) == {"role", "topics", "polarity"} and source and group
