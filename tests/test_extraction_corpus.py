"""Extraction on the real labelled corpus (skipped when ../shared/corpus is absent).

Floors are the figures measured on the whole corpus through `clausecheck scan`, minus a small
margin; this test covers the fast formats (text notices, HTML, XML, markdown: ~90 % of the
labelled amounts and lot counts) to stay quick. Measured with the CLI on 2026-11-28:
allotment_divided 0.998, lot_count 0.974, estimated_ht 0.985, max_ht 0.896.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

pytestmark = pytest.mark.corpus

FAST = (".txt", ".md", ".xml", ".html")


def _close(pred, gold: float) -> bool:
    return pred is not None and abs(float(pred) - gold) <= 0.01 * max(abs(gold), 1.0)


@pytest.fixture(scope="module")
def results():
    if not (CORPUS / "labels.csv").is_file():
        pytest.skip("corpus absent")
    from clausecheck.extraction import extract
    from clausecheck.ingestion import ingest_file

    with open(CORPUS / "labels.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["path"].endswith(FAST)]
    out = []
    for row in rows:
        docs = ingest_file(CORPUS / row["path"], row["path"], row["path"].split("/")[0])
        facts = extract(docs[0]) if docs else None
        out.append((row, facts))
    return out


def _accuracy(pairs):
    return sum(pairs) / len(pairs) if pairs else 1.0


def test_allotment_divided(results):
    pairs = [(f.allotment.divided if f else None) is (r["allotissement"] == "1")
             for r, f in results if r["allotissement"] in ("0", "1")]
    assert len(pairs) > 400
    assert _accuracy(pairs) >= 0.97


def test_lot_count(results):
    pairs = [(f.allotment.lot_count if f else None) == int(r["nb_lots"]) for r, f in results if r["nb_lots"]]
    assert _accuracy(pairs) >= 0.95


def test_estimated_ht(results):
    pairs = [_close((f.amounts.estimated_ht if f else None), float(r["montant_estime_ht"]))
             for r, f in results if r["montant_estime_ht"]]
    assert _accuracy(pairs) >= 0.95


def test_max_ht(results):
    pairs = [_close((f.amounts.max_ht if f else None), float(r["montant_max_ht"]))
             for r, f in results if r["montant_max_ht"]]
    assert _accuracy(pairs) >= 0.85
