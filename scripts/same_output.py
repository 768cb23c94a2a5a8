#!/usr/bin/env python3
"""Check that a change leaves the scan output byte for byte as it was (a refactoring's promise).

    .venv/bin/python scripts/same_output.py record ../shared/corpus samples   # before the change
    .venv/bin/python scripts/same_output.py check                             # after it

`record` scans each path with the installed `clausecheck` and keeps the JSON in
`out/same-output/`; `check` scans the same paths again and compares. What may change between
two runs of the same engine is set aside first: timings, the engine's version and rules
fingerprint, the scan's clock times and worker count, and the order in which workers finished
documents (documents are sorted by path), and the order of keys inside an object (JSON
objects are unordered; typed results may list their fields in another order). Exit 0 when identical, 1 with the first differences.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

STORE = Path("out/same-output")
VOLATILE_SCAN_KEYS = ("started_at", "finished_at", "seconds", "workers", "roots")


def canonical(scan: dict[str, Any]) -> str:
    scan = dict(scan)
    scan.pop("engine", None)
    if isinstance(scan.get("scan"), dict):
        scan["scan"] = {k: v for k, v in scan["scan"].items() if k not in VOLATILE_SCAN_KEYS}
    documents = []
    for document in scan.get("documents") or []:
        document = dict(document)
        document.pop("timings", None)
        documents.append(document)
    scan["documents"] = sorted(documents, key=lambda d: d.get("path", ""))
    return json.dumps(scan, ensure_ascii=False, indent=1, sort_keys=True)


def run_scan(path: Path, out: Path) -> dict[str, Any]:
    command = [str(Path(sys.executable).with_name("clausecheck")), "scan", str(path), "--json", str(out), "--quiet"]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode not in (0, 1):
        raise SystemExit(f"échec de l'analyse de {path} : {completed.stderr[-1500:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def name_of(path: Path) -> str:
    """The stored file's name: the folder's name, and its parent's (two sets each keep a « dossiers » folder)."""
    resolved = path.resolve()
    return f"{resolved.parent.name}-{resolved.name}"


def main() -> int:
    parser = argparse.ArgumentParser(description="Compare la sortie d'un scan avant et après un changement.")
    parser.add_argument("action", choices=("record", "check", "recanonicalise"))
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    STORE.mkdir(parents=True, exist_ok=True)
    index = STORE / "paths.json"
    if args.action == "recanonicalise":
        for raw in STORE.glob("*.raw.json"):
            if not raw.name.endswith(".after.raw.json"):
                name = raw.name[: -len(".raw.json")]
                (STORE / f"{name}.json").write_text(canonical(json.loads(raw.read_text(encoding="utf-8"))), encoding="utf-8")
        return 0
    if args.action == "record":
        if not args.paths:
            raise SystemExit("donner les chemins à enregistrer")
        for path in args.paths:
            scan = run_scan(path, STORE / f"{name_of(path)}.raw.json")
            (STORE / f"{name_of(path)}.json").write_text(canonical(scan), encoding="utf-8")
        index.write_text(json.dumps([str(p.resolve()) for p in args.paths]), encoding="utf-8")
        print(f"référence enregistrée dans {STORE}")
        return 0
    paths = args.paths or [Path(p) for p in json.loads(index.read_text(encoding="utf-8"))]
    same = True
    for path in paths:
        before = (STORE / f"{name_of(path)}.json").read_text(encoding="utf-8")
        after = canonical(run_scan(path, STORE / f"{name_of(path)}.after.raw.json"))
        if before == after:
            print(f"{path} : identique ({len(after):,} octets)")
            continue
        same = False
        diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), "avant", "après", lineterm="", n=2))
        print(f"{path} : DIFFÉRENT ({len(diff)} lignes de diff)")
        print("\n".join(diff[:80]))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
