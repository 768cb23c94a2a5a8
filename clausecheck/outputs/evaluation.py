"""Score a scan against a gold label file, with the semantics of ../shared/eval/score.py.

`evaluate(scan, labels_csv)` -> figures (per category P/R/F1 with null counted as absent and
'?' left out, macro-F1, accuracies of the numbers); `to_markdown(result)` -> the French table
written to docs/quality.md and the README by `clausecheck evaluate`.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from clausecheck.categories import CATEGORIES, CATEGORY_LABELS

NUMBER_LABELS = {
    "allotment_divided": "Allotissement (oui/non)",
    "lot_count": "Nombre de lots",
    "insertion_hours": "Heures d'insertion",
    "estimated_ht": "Montant estimé HT (±1 %)",
    "max_ht": "Montant maximum HT (±1 %)",
    "reservation_bases": "Fondements de réservation",
}


def _number(text: str | None) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _close(pred: Any, gold: float, tolerance: float) -> bool:
    if pred is None:
        return False
    try:
        value = float(pred)
    except (TypeError, ValueError):
        return False
    return abs(value - gold) <= tolerance * max(abs(gold), 1.0)


def prf(gold: list[bool], predicted: list[bool]) -> dict[str, Any]:
    """Precision, recall and F1 of one category (the scorer's convention: a category with no
    positive and no prediction scores 1.0), with the counts behind them."""
    from sklearn.metrics import precision_recall_fscore_support

    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    if not gold:
        precision = recall = f1 = 1.0
    else:
        precision, recall, f1, _ = precision_recall_fscore_support(
            gold, predicted, average="binary", pos_label=True, zero_division=1.0)
        if tp == 0 and (fp or fn):
            f1 = 0.0
    return {"precision": round(float(precision), 4), "recall": round(float(recall), 4), "f1": round(float(f1), 4),
            "tp": tp, "fp": fp, "fn": fn}


def _accuracy(oks: list[bool]) -> dict[str, Any]:
    return {"accuracy": round(sum(oks) / len(oks), 4) if oks else None, "n": len(oks)}


def load_labels(labels_csv: Path) -> dict[str, dict[str, str]]:
    with open(labels_csv, newline="", encoding="utf-8") as handle:
        return {row["path"]: row for row in csv.DictReader(handle)}


def evaluate(scan: dict, labels_csv: Path) -> dict[str, Any]:
    """Figures for a scan (the dict written by `clausecheck scan --json`) against labels."""
    labels = load_labels(Path(labels_csv))
    docs = {doc["path"]: doc for doc in scan.get("documents", [])}
    missing = [path for path in labels if path not in docs]
    result: dict[str, Any] = {"documents": len(labels), "missing": len(missing), "categories": {}}
    errors: list[dict[str, str]] = []
    for category in CATEGORIES:
        golds: list[bool] = []
        predictions: list[bool] = []
        for path, row in labels.items():
            gold_text = row[category].strip()
            if gold_text == "?":
                continue  # ambiguous in the gold: not scored for this category
            gold = gold_text == "1"
            pred = bool((docs.get(path, {}).get("considerations") or {}).get(category))
            golds.append(gold)
            predictions.append(pred)
            if gold != pred:
                errors.append({"kind": "FN" if gold else "FP", "what": category, "path": path})
        result["categories"][category] = prf(golds, predictions)
    result["macro_f1"] = round(sum(c["f1"] for c in result["categories"].values()) / len(CATEGORIES), 4)

    buckets: dict[str, list[bool]] = {key: [] for key in NUMBER_LABELS}
    for path, row in labels.items():
        doc = docs.get(path, {})
        allotment = doc.get("allotment") or {}
        amounts = doc.get("amounts") or {}
        if row["allotissement"].strip() in ("0", "1"):
            ok = allotment.get("divided") is (row["allotissement"].strip() == "1")
            buckets["allotment_divided"].append(ok)
            if not ok:
                errors.append({"kind": "WRONG", "what": "allotment_divided", "path": path})
        for gold_text, value, name, tolerance in (
            (row["nb_lots"], allotment.get("lot_count"), "lot_count", 0.0),
            (row["heures_insertion"], doc.get("insertion_hours"), "insertion_hours", 0.0),
            (row["montant_estime_ht"], amounts.get("estimated_ht"), "estimated_ht", 0.01),
            (row["montant_max_ht"], amounts.get("max_ht"), "max_ht", 0.01),
        ):
            expected = _number(gold_text)
            if expected is not None:
                ok = _close(value, expected, tolerance)
                buckets[name].append(ok)
                if not ok:
                    errors.append({"kind": "WRONG", "what": name, "path": path})
        if row["marche_reserve"].strip() == "1" and row["reserve_base"].strip() != "?":
            gold_bases = {b.strip() for b in row["reserve_base"].split(";") if b.strip()}
            ok = set(doc.get("reservation_bases") or []) == gold_bases
            buckets["reservation_bases"].append(ok)
            if not ok:
                errors.append({"kind": "WRONG", "what": "reservation_bases", "path": path})
    for name, oks in buckets.items():
        result[name] = _accuracy(oks)
    result["errors"] = errors
    result["missing_paths"] = missing
    return result


def _pct(value: float | None) -> str:
    return "n/d" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def to_markdown(result: dict[str, Any]) -> str:
    """French Markdown summary: one table for the categories, one for the numbers."""
    lines = [
        f"Documents évalués : {result['documents']} (absents du scan : {result['missing']}).",
        "",
        "| Catégorie | Précision | Rappel | F1 | VP | FP | FN |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for category in CATEGORIES:
        m = result["categories"][category]
        lines.append(
            f"| {CATEGORY_LABELS[category]} | {_pct(m['precision'])} | {_pct(m['recall'])} | {_pct(m['f1'])} "
            f"| {m['tp']} | {m['fp']} | {m['fn']} |"
        )
    lines.append(f"| **F1 macro** | | | **{_pct(result['macro_f1'])}** | | | |")
    lines += ["", "| Valeur | Exactitude | Documents notés |", "|---|---:|---:|"]
    for key, label in NUMBER_LABELS.items():
        m = result.get(key) or {}
        lines.append(f"| {label} | {_pct(m.get('accuracy'))} | {m.get('n', 0)} |")
    return "\n".join(lines) + "\n"
