#!/usr/bin/env python3
"""Score a sealed evaluation set with the installed `clausecheck`, the way unseen documents are scored.

A sealed set is a folder (see tests/sealed/README.md):

    passages.yml     short passages: id, doc_type, text, pos (categories present), values (numbers)
    documents/       whole documents of any format, labelled in documents/labels.csv (LABELS.md schema)
    dossiers/        whole dossiers (one folder each), labelled per document in dossiers/labels.csv
    dossiers.yml     what each dossier as a whole states (allotment, amounts, hours, bases, ...)

Every passage becomes a text file named after its piece type, every file is scanned by the real
command line (`clausecheck scan`), and the scan is scored per document like the public corpus
(precision / recall / F1 per category, accuracy of each value), then per dossier.

    .venv/bin/python scripts/score_sealed.py tests/sealed/detection [--no-model] [--errors] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

LABEL_COLUMNS = [
    "path", "doc_type", "clause_sociale", "clause_insertion", "heures_insertion", "critere_social",
    "marche_reserve", "reserve_base", "clause_environnementale", "critere_environnemental", "allotissement",
    "nb_lots", "montant_estime_ht", "montant_max_ht", "evidence",
]
CATEGORY_COLUMNS = ["clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
                    "clause_environnementale", "critere_environnemental"]
VALUE_COLUMNS = ["heures_insertion", "reserve_base", "allotissement", "nb_lots", "montant_estime_ht",
                 "montant_max_ht"]
DOSSIER_KEYS = ("divided", "lot_count", "estimated_ht", "max_ht", "insertion_hours", "reservation_bases")


def passage_rows(passages: list[dict[str, Any]], folder: Path) -> list[dict[str, str]]:
    """Write each passage as a text file in `folder`; return its gold label rows."""
    from clausecheck.detection.snippets import file_name_for

    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for item in passages:
        name = file_name_for(item["doc_type"], item["id"])
        (folder / name).write_text(item["text"], encoding="utf-8")
        row = dict.fromkeys(LABEL_COLUMNS, "")
        row["path"] = f"{folder.name}/{name}"
        row["doc_type"] = item["doc_type"]
        pos = set(item.get("pos") or [])
        unsure = set(item.get("unsure") or [])
        if "pos" not in item:  # a set of values only: its categories are not labelled, bar what a value implies
            unsure = set(CATEGORY_COLUMNS)
            if (item.get("values") or {}).get("reserve_base"):
                unsure.discard("marche_reserve")
                pos.add("marche_reserve")
        for column in CATEGORY_COLUMNS:
            row[column] = "?" if column in unsure else ("1" if column in pos else "0")
        for column, value in (item.get("values") or {}).items():
            if column not in VALUE_COLUMNS:
                raise SystemExit(f"{item['id']}: valeur inconnue « {column} »")
            if isinstance(value, list):
                value = ";".join(value)
            elif isinstance(value, bool):
                value = "1" if value else "0"
            row[column] = "" if value is None else str(value)
        rows.append(row)
    return rows


def label_rows(labels_csv: Path, prefix: str) -> list[dict[str, str]]:
    with open(labels_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["path"] = f"{prefix}/{row['path']}"
    return rows


def materialise(sealed: Path, root: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    passages_file = sealed if sealed.is_file() else sealed / "passages.yml"
    if passages_file.exists():
        passages = yaml.safe_load(passages_file.read_text(encoding="utf-8"))["passages"]
        rows += passage_rows(passages, root / "passages")
    for name in ("documents", "dossiers"):
        if sealed.is_dir() and (sealed / name).is_dir():
            shutil.copytree(sealed / name, root / name, ignore=shutil.ignore_patterns("labels.csv", "*.md"))
            if (sealed / name / "labels.csv").exists():
                rows += label_rows(sealed / name / "labels.csv", name)
    return rows


def clausecheck_command() -> list[str]:
    beside = Path(sys.executable).with_name("clausecheck")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("clausecheck")
    if not found:
        raise SystemExit("clausecheck introuvable : lancer ce script avec le Python de .venv")
    return [found]


def score_documents(scan: dict[str, Any], rows: list[dict[str, str]], labels_csv: Path) -> dict[str, Any]:
    from clausecheck.outputs.evaluation import evaluate

    with open(labels_csv, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=LABEL_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return evaluate(scan, labels_csv)


def _same(key: str, got: Any, want: Any) -> bool:
    if key == "reservation_bases":
        return sorted(got or []) == sorted(want or [])
    if want is None or got is None:
        return got is None and want is None
    if isinstance(want, bool):
        return got is want
    try:
        return abs(float(got) - float(want)) <= 0.01 * max(abs(float(want)), 1.0)
    except (TypeError, ValueError):
        return got == want


def tender_values(tender: dict[str, Any]) -> dict[str, Any]:
    allotment = tender.get("allotment") or {}
    amounts = tender.get("amounts") or {}
    return {
        "divided": allotment.get("divided"), "lot_count": allotment.get("lot_count"),
        "estimated_ht": amounts.get("estimated_ht"), "max_ht": amounts.get("max_ht"),
        "insertion_hours": tender.get("insertion_hours"), "reservation_bases": tender.get("reservation_bases"),
        "considerations": tender.get("considerations") or {},
    }


def _tender_of(tenders: dict[str, Any], path: str) -> Any:
    """The tender scanned from a dossier's folder, or from the one platform ZIP the folder holds (« d03/DCE.zip »)."""
    if path in tenders:
        return tenders[path]
    inside = [tender for tender_id, tender in tenders.items() if tender_id.startswith(path + "/")]
    return inside[0] if len(inside) == 1 else None


def score_dossiers(scan: dict[str, Any], sealed: Path) -> dict[str, Any] | None:
    path = sealed / "dossiers.yml"
    if not sealed.is_dir() or not path.exists():
        return None
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))["dossiers"]
    tenders = {tender["id"]: tender for tender in scan.get("tenders", [])}
    per_key: dict[str, list[bool]] = {key: [] for key in (*DOSSIER_KEYS, "considerations")}
    errors = []
    for item in expected:
        tender = _tender_of(tenders, item["path"])
        got = tender_values(tender) if tender else {}
        for key, want in (item.get("expect") or {}).items():
            if key == "considerations":
                for category, state in want.items():
                    ok = bool((got.get("considerations") or {}).get(category)) == bool(state)
                    per_key["considerations"].append(ok)
                    if not ok:
                        errors.append(f"{item['path']}: {category} attendu {state}")
                continue
            if key not in DOSSIER_KEYS:
                continue  # richer expectations (periods, hours basis...) are read by the tests
            ok = tender is not None and _same(key, got.get(key), want)
            per_key[key].append(ok)
            if not ok:
                errors.append(f"{item['path']}: {key} = {got.get(key)!r}, attendu {want!r}")
    return {
        "dossiers": len(expected),
        "missing": [item["path"] for item in expected if _tender_of(tenders, item["path"]) is None],
        "accuracy": {key: {"right": sum(oks), "n": len(oks)} for key, oks in per_key.items() if oks},
        "errors": errors,
    }


def run(sealed: Path, *, use_model: bool = True) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "set"
        root.mkdir()
        rows = materialise(sealed, root)
        out = Path(folder) / "scan.json"
        command = [*clausecheck_command(), "scan", str(root), "--json", str(out), "--quiet"]
        if not use_model:
            command.append("--no-model")
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode not in (0, 1) or not out.exists():
            raise SystemExit(f"échec de l'analyse ({completed.returncode}) : {completed.stderr[-2000:]}")
        scan = json.loads(out.read_text(encoding="utf-8"))
        return {
            "set": sealed.name,
            "engine": scan.get("engine"),
            "documents": score_documents(scan, rows, Path(folder) / "labels.csv"),
            "dossiers": score_dossiers(scan, sealed),
        }


def print_result(result: dict[str, Any], show_errors: bool) -> None:
    documents = result["documents"]
    print(f"== {result['set']} : {documents['documents']} documents (absents du scan : {documents['missing']})"
          f" — moteur {json.dumps(result['engine'], ensure_ascii=False)}")
    for category, m in documents["categories"].items():
        print(f"{category:26s} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
              f"  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    print(f"macro_f1 {documents['macro_f1']:.4f}")
    for key in ("allotment_divided", "lot_count", "insertion_hours", "estimated_ht", "max_ht", "reservation_bases"):
        m = documents[key]
        accuracy = "n/a" if m["accuracy"] is None else f"{m['accuracy']:.3f}"
        print(f"{key:26s} exactitude {accuracy} sur {m['n']}")
    if show_errors:
        for error in documents["errors"]:
            print(f"  {error['kind']:5s} {error['what']:24s} {error['path']}")
    dossiers = result["dossiers"]
    if dossiers:
        print(f"-- dossiers : {dossiers['dossiers']} (absents : {len(dossiers['missing'])})")
        for key, m in dossiers["accuracy"].items():
            print(f"{key:26s} {m['right']}/{m['n']}")
        if show_errors:
            for error in dossiers["errors"]:
                print(f"  {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Note un jeu scellé avec le clausecheck installé.")
    parser.add_argument("sets", nargs="+", type=Path,
                        help="jeux : dossiers (tests/sealed/...) ou fichiers de passages (tests/data/dev_passages.yml)")
    parser.add_argument("--no-model", action="store_true", help="règles seules, sans le modèle de passages")
    parser.add_argument("--errors", action="store_true", help="liste chaque erreur")
    parser.add_argument("--json", type=Path, help="écrit les chiffres en JSON")
    args = parser.parse_args()
    results = [run(sealed, use_model=not args.no_model) for sealed in args.sets]
    for result in results:
        print_result(result, args.errors)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
