"""How much detection adds to ingestion, measured on a folder of real documents.

Runs the real scan (the same code as `clausecheck scan`) and sums the per-document stage
timings it records: ingestion, structure, detection, extraction. Target of issue 3:
detection adds no more than 50 % to the ingestion time.

    .venv/bin/python benchmarks/bench_detection.py FOLDER [--workers N] [--no-model]
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from clausecheck.interfaces.cli_support import FrenchParser, whole_number
from clausecheck.pipeline import scan_json


def main() -> int:
    parser = FrenchParser(prog="bench_detection.py",
                          description="Ce que la détection ajoute au temps de lecture, sur des documents réels.")
    parser.add_argument("folder", type=Path, metavar="DOSSIER", help="dossier de documents réels à analyser")
    parser.add_argument("--workers", type=whole_number, default=1, metavar="N", help="processus (défaut : 1)")
    parser.add_argument("--no-model", action="store_true", help="règles seules, sans le modèle de passages")
    args = parser.parse_args()
    if not args.folder.exists():
        parser.error(f"{args.folder} introuvable")
    started = time.perf_counter()
    scan = scan_json([args.folder], workers=args.workers, use_model=not args.no_model)
    wall = time.perf_counter() - started
    totals: Counter[str] = Counter()
    pages = 0
    for document in scan["documents"]:
        pages += document.get("page_count") or 0
        for stage, seconds in (document.get("timings") or {}).items():
            totals[stage] += seconds
    print(f"{len(scan['documents'])} documents, {pages} pages, {args.workers} worker(s), wall {wall:.1f} s")
    print(f"{'stage':<12}{'seconds':>10}{'ms/doc':>10}")
    for stage in ("ingest", "structure", "detect", "extract"):
        print(f"{stage:<12}{totals[stage]:>10.2f}{1000 * totals[stage] / max(len(scan['documents']), 1):>10.1f}")
    ratio = totals["detect"] / totals["ingest"] if totals["ingest"] else float("nan")
    print(f"detection / ingestion = {ratio:.2f} (target <= 0.50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
