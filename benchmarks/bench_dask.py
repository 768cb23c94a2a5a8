"""Scans on Dask against the local pool, on this machine (issue #14).

Measures, with `clausecheck scan` run as a user runs it (a subprocess, --quiet):
1. documents per second with the local pool (--workers N), then on a Dask cluster of real
   processes (`dask scheduler`, `dask worker --nthreads 1`) with 1 worker, then 2 workers (warm:
   a small scan first loads the engine on each worker, as on a cluster that stays up), and the
   scaling efficiency from 1 to 2 workers: rate(2) / (2 × rate(1));
2. the client's peak memory (the `clausecheck scan --scheduler` process alone, PSS sampled every
   50 ms) for two corpus sizes (default 1 000 and 4 000 documents) on the 2-worker cluster, and
   their ratio (target ≤ 1.2).
The efficiency is also given per core actually obtained (each rate divided by the share of their
cores the workers got): what distributing costs, apart from what other work on the machine took.
Documents per second are read from the JSON (`summary.documents / scan.seconds`: the scan itself,
from the executor's start to the last dossier, without Python's start-up); the wall time of the
command is printed beside it. The machine's load average is recorded before and after each run:
figures taken on a busy machine say so.

    .venv/bin/python benchmarks/bench_dask.py                      # generated documents
    .venv/bin/python benchmarks/bench_dask.py --docs 2000 --memory-docs 1000,4000 --json /tmp/dask.json
    .venv/bin/python benchmarks/bench_dask.py --corpus ../shared/corpus --skip-memory
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_ingest import generate_small_documents, run_scan  # noqa: E402

from dask_processes import Cluster  # noqa: E402

TARGET_EFFICIENCY = 0.8
TARGET_MEMORY_RATIO = 1.2


def load() -> float:
    return round(os.getloadavg()[0], 2)


def cpu_seconds(cluster: Cluster | None) -> float:
    """CPU time (user + system) used so far by the cluster's workers (each nanny and its worker
    process), or, without a cluster, by this process's finished children (the command and its pool)."""
    if cluster is None:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    import psutil  # a dependency of distributed

    total = 0.0
    for name, process in zip(cluster.names, cluster.processes, strict=True):
        if not name.startswith("worker"):
            continue
        try:
            tree = [psutil.Process(process.pid)]
            tree += tree[0].children(recursive=True)
        except psutil.NoSuchProcess:
            continue
        for member in tree:
            try:
                times = member.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                pass
    return total


def measure(label: str, target: Path, out: Path, extra: list[str], cluster: Cluster | None = None,
            processes: int = 1) -> dict:
    """One `clausecheck scan`; `processes` is how many processes analyse (the share of the cores
    they got says how busy the machine was with other work)."""
    before = load()
    cpu_before = cpu_seconds(cluster)
    result = run_scan(target, out, extra)
    result.update(label=label, load_before=before, load_after=load())
    result["cpu_seconds"] = cpu_seconds(cluster) - cpu_before
    result["core_share"] = result["cpu_seconds"] / (result["seconds"] * processes)
    if not result["ok"]:
        raise SystemExit(f"{label} : échec de l'analyse ({result['stderr_tail']})")
    scan = json.loads(out.read_text(encoding="utf-8"))
    result["scan_seconds"] = scan["scan"]["seconds"]
    result["rate"] = scan["summary"]["documents"] / scan["scan"]["seconds"]
    result["reruns"] = scan["summary"]["reruns"]["tasks"]
    print(f"{label:<28} {result['documents']:>6} documents  {result['scan_seconds']:>7.1f} s  "
          f"{result['rate']:>6.1f} documents/s  (commande {result['seconds']:.1f} s ; "
          f"client {result['tree_peak_mb'] or 0:.0f} Mo ; charge {before} → {result['load_after']} ; "
          f"part des cœurs obtenue {result['core_share']:.2f})", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents générés pour les débits")
    parser.add_argument("--corpus", type=Path, default=None, help="dossier à analyser au lieu des documents générés")
    parser.add_argument("--pool-workers", type=int, default=2, help="processus du pool local")
    parser.add_argument("--memory-docs", default="1000,4000", help="tailles de corpus pour la mémoire du client")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-rates", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="où garder les chiffres")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    report: dict = {"cpus": os.cpu_count(), "load_start": load(), "runs": []}
    cluster = Cluster(work, workers=1)
    try:
        if args.corpus:
            corpus = args.corpus
        else:
            corpus = work / "corpus"
            generate_small_documents(corpus, args.docs)
        cluster.start()
        warm = ["--scheduler", cluster.address]
        if not args.skip_rates:
            pool = measure(f"pool local, {args.pool_workers} processus", corpus, work / "pool.json",
                           ["--workers", str(args.pool_workers)], processes=args.pool_workers)
            run_scan(ROOT / "samples" / "dce-nettoyage.zip", work / "warm.json", warm)  # engine loaded on the worker
            one = measure("Dask, 1 processus de travail", corpus, work / "dask1.json", warm, cluster, 1)
            cluster.add_workers(1)
            run_scan(ROOT / "samples", work / "warm.json", warm)
            two = measure("Dask, 2 processus de travail", corpus, work / "dask2.json", warm, cluster, 2)
            efficiency = two["rate"] / (2 * one["rate"])
            # the same, per core actually obtained: what distribution costs, without the other work's share
            per_core = (two["rate"] / two["core_share"]) / (2 * one["rate"] / one["core_share"])
            report["runs"] += [pool, one, two]
            report["efficiency"] = efficiency
            report["efficiency_per_core_obtained"] = per_core
            print(f"efficacité de 1 à 2 processus de travail : {efficiency:.2f} (objectif ≥ {TARGET_EFFICIENCY}) ; "
                  f"rapportée aux cœurs obtenus : {per_core:.2f} ; Dask 2 / pool local : {two['rate'] / pool['rate']:.2f}")
        if not args.skip_memory:
            if cluster.workers < 2:
                cluster.add_workers(2 - cluster.workers)
                run_scan(ROOT / "samples", work / "warm.json", warm)
            peaks = []
            for count in (int(n) for n in args.memory_docs.split(",")):
                folder = work / f"memory-{count}"
                generate_small_documents(folder, count)
                run = measure(f"mémoire, {count} documents", folder, work / f"memory-{count}.json", warm, cluster, 2)
                report["runs"].append(run)
                peaks.append((count, run["tree_peak_mb"]))
                shutil.rmtree(folder)
            ratio = peaks[-1][1] / peaks[0][1]
            report["memory"] = {"peaks_mb": peaks, "ratio": ratio}
            print(f"mémoire de pointe du client : {', '.join(f'{n} documents {mb:.0f} Mo' for n, mb in peaks)} ; "
                  f"rapport {ratio:.2f} (objectif ≤ {TARGET_MEMORY_RATIO})")
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    report["load_end"] = load()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
