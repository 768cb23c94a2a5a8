#!/usr/bin/env python3
"""The bilan at national scale: import and query times on 1.5 million contracts, peak memory.

    .venv/bin/python benchmarks/bench_bilan.py                       # generates the file if needed
    .venv/bin/python benchmarks/bench_bilan.py --file /tmp/decp.json --count 1500000 --doc docs/bilan.md

The input is **generated** (benchmarks/decp_synth.py): the 2022/2024 format at 1.5 million
contracts from the real files' distributions and the v2 schema's lists, since no real v2 file
with considerations exists at that scale here. Each stage runs in its own process, so its peak
memory (getrusage max RSS, reported by the stage itself) is its own:

1. import: stream, normalise, validate (jsonschema-rs), type, deduplicate, write to DuckDB;
2. queries: every query of the bilan, timed one by one (national scope, then one buyer), the
   whole bilan assembled, and the HTML page rendered;
3. the validators compared on 2 000 records: jsonschema (reference) and jsonschema-rs;
4. the alternative store measured: the contracts table loaded into pandas and one indicator
   computed there (what a Parquet + pandas design would do on every query).

Targets on this 2-core machine: import ≤ 10 minutes, each bilan query ≤ 5 s. Other agents share
the machine: the load average is printed with the figures, and CPU time beside wall time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_IMPORT_S = 600.0
TARGET_QUERY_S = 5.0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def stage_import(path: Path, db: Path) -> dict:
    from clausecheck.ingestion.decp import Importer, open_store

    started, cpu = time.perf_counter(), _cpu()
    store = open_store(db)
    report = Importer(store).import_file(path)
    contracts = store.contract_count()
    store.close()
    return {"seconds": round(time.perf_counter() - started, 1), "cpu_seconds": round(_cpu() - cpu, 1),
            "read": report.read, "imported": report.imported, "rejected": report.rejected,
            "rejected_by_reason": dict(report.rejected_by_reason), "contracts_in_store": contracts,
            "db_bytes": db.stat().st_size, "input_bytes": path.stat().st_size}


def stage_queries(db: Path) -> dict:
    from clausecheck.assessment.bilan import indicators, rotation
    from clausecheck.assessment.bilan.build import build_bilan
    from clausecheck.assessment.bilan.model import Scope
    from clausecheck.ingestion.decp import open_store
    from clausecheck.outputs.bilan_report import render_bilan

    store = open_store(db, read_only=True)
    indicators.register_hours(store, {})
    buyer = store.con.execute("SELECT buyer_siret FROM contracts GROUP BY ALL ORDER BY count(*) DESC LIMIT 1").fetchall()[0][0]
    timings: dict[str, float] = {}
    for label, scope in (("national", Scope()), ("un acheteur", Scope(buyers=(buyer,)))):
        for dim_id, _, _ in indicators.DIMENSIONS:
            started = time.perf_counter()
            indicators.dimension(store, scope, dim_id, with_hours=False)
            timings[f"{label} : indicateurs {dim_id}"] = time.perf_counter() - started
        started = time.perf_counter()
        indicators.overall(store, scope, with_hours=False)
        timings[f"{label} : ensemble"] = time.perf_counter() - started
        started = time.perf_counter()
        rot = rotation.rotation(store, scope)
        timings[f"{label} : rotation sous le seuil ({len(rot.rows)} groupes)"] = time.perf_counter() - started
    started = time.perf_counter()
    bilan = build_bilan(store, Scope(buyers=(buyer,)))
    timings["bilan complet d'un acheteur (toutes requêtes)"] = time.perf_counter() - started
    started = time.perf_counter()
    html = render_bilan(bilan)
    timings["page HTML d'un acheteur (graphiques compris)"] = time.perf_counter() - started
    started = time.perf_counter()
    national = build_bilan(store, Scope())
    timings["bilan complet national (toutes requêtes)"] = time.perf_counter() - started
    store.close()
    return {"timings": {k: round(v, 3) for k, v in timings.items()}, "buyer": buyer,
            "buyer_contracts": bilan.totals.contracts, "national_contracts": national.totals.contracts,
            "html_bytes": len(html.encode("utf-8"))}


def stage_validators(path: Path, n: int = 2000) -> dict:
    import ijson

    from clausecheck.ingestion.decp.normalize import normalise
    from clausecheck.ingestion.decp.validate import _fast, _full

    records = []
    with open(path, "rb") as f:
        for item in ijson.items(f, "marches.marche.item", use_float=True):
            record, _ = normalise(item, "2")
            record.pop("source", None)
            records.append(record)
            if len(records) >= n:
                break
    out = {}
    for name, check in (("jsonschema (référence)", _full("2.0.3", "marche").is_valid),
                        ("jsonschema-rs", _fast("2.0.3", "marche").is_valid)):
        started = time.perf_counter()
        for record in records:
            check(record)
        out[name] = round((time.perf_counter() - started) / len(records) * 1e6, 1)
    return {"microseconds_per_record": out, "records": len(records)}


def stage_pandas(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    frame = con.execute("SELECT year, buyer_siret, cpv_division, amount_initial, s_clause, social_values, offers "
                        "FROM contracts").df()
    load = time.perf_counter() - started
    started = time.perf_counter()
    known = frame[frame["social_values"].notna()]
    frame.groupby("year").size()
    known.groupby("year")["s_clause"].mean()
    groupby = time.perf_counter() - started
    started = time.perf_counter()
    con.execute("SELECT year, count(*), avg(CAST(s_clause AS INT)) FROM contracts GROUP BY year").fetchall()
    duck = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    con.close()
    return {"pandas_load_seconds": round(load, 2), "pandas_groupby_seconds": round(groupby, 3),
            "duckdb_same_query_seconds": round(duck, 3), "pandas_extra_rss_mb": round((after - before) / 1024),
            "rows": len(frame)}


def _child(stage: str, *args: str) -> tuple[dict, float]:
    """Run one stage in its own process; its peak memory is its own max RSS, which it reports."""
    result = subprocess.run([sys.executable, __file__, "--stage", stage, *args], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return data, round(data.pop("max_rss_kb") / 1024)


def _machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(row.split(":", 1)[1].strip() for row in lines if row.startswith("model name"))
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def _n(value: float, decimals: int = 0) -> str:
    """French number: thin space for thousands, comma for decimals."""
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def markdown(result: dict) -> str:
    imp, q = result["import"], result["queries"]
    single = {k: v for k, v in q["timings"].items() if not k.startswith(("bilan complet", "page HTML"))}
    slowest_name = max(single, key=single.get)
    slowest = single[slowest_name]
    lines = [
        f"Mesuré le {date.fromisoformat(result['date']):%d/%m/%Y} sur {result['machine']['cpus']} cœurs "
        f"({result['machine']['cpu'] or 'processeur non lu'}), "
        f"Python {result['machine']['python']} ; charge moyenne de la machine (partagée, 1, 5 et 15 minutes) au début : "
        f"{' / '.join(_n(x, 2) for x in result['machine']['load_average'])}, à la fin : "
        f"{' / '.join(_n(x, 2) for x in result['load_after'])}.",
        "",
        f"Fichier **généré** (`benchmarks/decp_synth.py`, format 2022/2024) : {_n(imp['read'])} marchés, "
        f"{_n(imp['input_bytes'] / 1e9, 2)} Go.",
        "",
        "| Étape | Mesure | Cible |",
        "|---|---|---|",
        f"| Import (lecture en flux, normalisation, validation, typage, dédoublonnage, écriture DuckDB) | "
        f"{_n(imp['seconds'])} s ({_n(imp['seconds'] / 60, 1)} min) ; temps processeur {_n(imp['cpu_seconds'])} s | ≤ 600 s |",
        f"| Lus = importés + écartés | {_n(imp['read'])} = {_n(imp['imported'])} + {_n(imp['rejected'])} "
        f"({' ; '.join(f'{k} : {_n(v)}' for k, v in imp['rejected_by_reason'].items())}) | égalité |",
        f"| Mémoire maximale de l'import (RSS) | {result['import_peak_mb']} Mo | – |",
        f"| Base DuckDB | {_n(imp['db_bytes'] / 1e6)} Mo | – |",
        f"| Requête du bilan la plus lente ({slowest_name}) | {_n(slowest, 2)} s | ≤ 5 s chacune |",
        f"| Bilan national entier (toutes les requêtes à la suite) | {_n(q['timings']['bilan complet national (toutes requêtes)'], 2)} s | – |",
        f"| Mémoire maximale des requêtes (RSS) | {result['queries_peak_mb']} Mo | – |",
    ]
    lines += ["", "| Requête | Secondes |", "|---|---:|"]
    lines += [f"| {name} | {_n(seconds, 3)} |" for name, seconds in q["timings"].items()]
    v = result["validators"]["microseconds_per_record"]
    p = result["pandas"]
    lines += ["", f"Validateurs, sur {result['validators']['records']} enregistrements : "
              + " ; ".join(f"{name} {_n(us, 1)} µs par enregistrement" for name, us in v.items())
              + f" (soit {_n(v['jsonschema (référence)'] * 1.5 / 60)} minutes pour 1,5 million avec `jsonschema`).",
              "", f"Autre stockage mesuré : charger la table dans pandas ({_n(p['rows'])} lignes, 7 colonnes) prend "
              f"{_n(p['pandas_load_seconds'], 2)} s et {_n(p['pandas_extra_rss_mb'])} Mo de mémoire avant tout calcul, puis "
              f"{_n(p['pandas_groupby_seconds'], 3)} s pour un indicateur par année ; DuckDB répond à la même requête en "
              f"{_n(p['duckdb_same_query_seconds'], 3)} s depuis le fichier, sans rien charger."]
    return "\n".join(lines)


def _replace_block(path: Path, content: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        path.write_text(f"{before}{start}\n{content}\n{end}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, default=None, help="fichier DECP v2 (généré s'il n'existe pas)")
    parser.add_argument("--count", type=int, default=1_500_000)
    parser.add_argument("--json", type=Path, help="écrire les mesures en JSON")
    parser.add_argument("--doc", type=Path, help="remplacer le bloc benchmark de ce fichier (docs/bilan.md)")
    parser.add_argument("--keep-db", type=Path, help="garder la base DuckDB importée à cet endroit")
    parser.add_argument("--render", type=Path, help="ne rien mesurer : reprendre les mesures de ce JSON (--json d'un run)")
    args = parser.parse_args(argv)
    if args.render:
        text = markdown(json.loads(args.render.read_text(encoding="utf-8")))
        print(text)
        if args.doc:
            _replace_block(args.doc, text)
        return 0
    if args.stage:
        fn = {"import": lambda: stage_import(Path(args.args[0]), Path(args.args[1])),
              "queries": lambda: stage_queries(Path(args.args[0])),
              "validators": lambda: stage_validators(Path(args.args[0])),
              "pandas": lambda: stage_pandas(Path(args.args[0]))}[args.stage]
        data = fn()
        data["max_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(data, ensure_ascii=False))
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-bilan-"))
    path = args.file or work / "decp_synthetique.json"
    if not path.exists():
        from benchmarks.decp_synth import generate

        print(f"génération de {args.count} marchés dans {path}…", file=sys.stderr)
        print(json.dumps(generate(path, args.count)), file=sys.stderr)
    db = args.keep_db or work / "bilan.duckdb"
    db.unlink(missing_ok=True)
    result = {"date": date.today().isoformat(), "machine": _machine(), "file": str(path)}
    print("import…", file=sys.stderr)
    result["import"], result["import_peak_mb"] = _child("import", str(path), str(db))
    print(json.dumps(result["import"]), file=sys.stderr)
    print("requêtes…", file=sys.stderr)
    result["queries"], result["queries_peak_mb"] = _child("queries", str(db))
    result["validators"], _ = _child("validators", str(path))
    result["pandas"], _ = _child("pandas", str(db))
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    text = markdown(result)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.doc:
        _replace_block(args.doc, text)
    if not args.keep_db:
        db.unlink(missing_ok=True)
    single = [v for k, v in result["queries"]["timings"].items() if not k.startswith(("bilan complet", "page HTML"))]
    ok = result["import"]["seconds"] <= TARGET_IMPORT_S and max(single) <= TARGET_QUERY_S
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
