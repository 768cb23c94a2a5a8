#!/usr/bin/env python3
"""Ingestion and scan throughput, and peak memory of a 1,000-document scan.

    .venv/bin/python benchmarks/bench_ingest.py                      # generated PDFs
    .venv/bin/python benchmarks/bench_ingest.py --pdf-dir ../shared/corpus/dossiers
    .venv/bin/python benchmarks/bench_ingest.py --skip-memory --skip-scan   # ingestion only

Measured in one run, on the same files:
  1. raw pypdfium2 text extraction (open, text of every page, close): the floor;
  2. clausecheck.ingestion.ingest_file (sniffing, extraction, table pass, normalisation with
     offset map, running header/footer removal): pages/s and ratio to (1), target >= 0.5;
  3. the full `clausecheck scan DIR --json OUT --quiet` as a subprocess, pages/s, with the
     passage model and with `--no-model` (rules only) when that flag exists; start-up included;
  4. peak memory of `clausecheck scan` over 1,000 small generated documents: the largest single
     process (getrusage RUSAGE_CHILDREN) and the whole process tree (sum of PSS, so pages
     shared by forked workers count once; sampled every 50 ms from /proc), target < 500 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 0.5
TARGET_MEMORY_MB = 500.0

WORDS = ("le titulaire exécute les prestations conformément au cahier des clauses techniques "
         "particulières dans le respect des délais fixés par le calendrier détaillé d'exécution "
         "la réception est prononcée après les opérations préalables les pénalités de retard "
         "s'appliquent sans mise en demeure préalable l'avance est versée dans les conditions "
         "prévues au code de la commande publique les prix sont révisables mensuellement").split()


# --------------------------------------------------------------------------------------------- corpus

def _pdf(pages: int, seed: int, *, header: str, with_lots: bool) -> bytes:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(56, A4[1] - 36, header)
        c.drawString(56, 30, f"CCAP – Consultation n° 2026-{seed:04d} – Page {number} / {pages}")
        c.setFont("Helvetica", 10)
        y = A4[1] - 80
        lines = []
        if with_lots and number == 1:
            lines += [f"Lot n° {i} – Prestations {i} : montant estimé {rng.randint(20, 900)} 000 € HT"
                      for i in range(1, 5)]
        if number % 3 == 0:
            lines.append(f"Article {number}.2 – Le titulaire réalise {rng.randint(1, 30) * 50} heures "
                         "d'insertion au bénéfice de publics éloignés de l'emploi.")
        while len(lines) < 48:
            lines.append(" ".join(rng.choice(WORDS) for _ in range(15)))
        for line in lines:
            c.drawString(56, y, line[:110])
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def generate_pdfs(folder: Path, count: int, pages: tuple[int, int] = (4, 16)) -> None:
    rng = random.Random(42)
    for i in range(count):
        dossier = folder / f"dossier-{i // 5:02d}"
        dossier.mkdir(parents=True, exist_ok=True)
        n = rng.randint(*pages)
        (dossier / f"piece-{i:03d}.pdf").write_bytes(
            _pdf(n, i, header=f"Ville d'Exempleville – Consultation fictive {i // 5:02d}", with_lots=i % 2 == 0))


def generate_small_documents(folder: Path, count: int) -> None:
    """`count` small documents of mixed formats (mostly PDF), 20 per dossier."""
    import docx

    rng = random.Random(7)
    template_docx = io.BytesIO()
    d = docx.Document()
    for _ in range(6):
        d.add_paragraph(" ".join(rng.choice(WORDS) for _ in range(40)))
    d.add_paragraph("Le titulaire réalise 350 heures d'insertion professionnelle.")
    d.save(template_docx)
    for i in range(count):
        dossier = folder / f"dossier-{i // 20:03d}"
        dossier.mkdir(parents=True, exist_ok=True)
        kind = i % 10
        if kind < 7:
            (dossier / f"doc-{i:04d}.pdf").write_bytes(_pdf(1 + i % 3, i, header="Ville fictive", with_lots=kind == 0))
        elif kind < 9:
            (dossier / f"doc-{i:04d}.docx").write_bytes(template_docx.getvalue())
        else:
            text = "\n".join(" ".join(rng.choice(WORDS) for _ in range(20)) for _ in range(30))
            (dossier / f"doc-{i:04d}.txt").write_text(text, encoding="utf-8")


def pdf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


# --------------------------------------------------------------------------------------------- measures

def bench_raw(files: list[Path]) -> tuple[int, float]:
    import pypdfium2 as pdfium

    pages = 0
    started = time.perf_counter()
    for path in files:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            pdf.close()
    return pages, time.perf_counter() - started


def bench_ingest(files: list[Path], root: Path) -> tuple[int, float, dict[str, int]]:
    from clausecheck.ingestion import ingest_file

    pages = 0
    statuses: dict[str, int] = {}
    started = time.perf_counter()
    for path in files:
        for document in ingest_file(path, path.relative_to(root).as_posix(), path.parent.name):
            pages += document.page_count
            statuses[document.text_status.value] = statuses.get(document.text_status.value, 0) + 1
    return pages, time.perf_counter() - started, statuses


def clausecheck_command() -> list[str]:
    script = Path(sys.executable).with_name("clausecheck")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from clausecheck.interfaces.cli import main; raise SystemExit(main())"]


def scan_help() -> str:
    try:
        return subprocess.run([*clausecheck_command(), "scan", "--help"], capture_output=True, text=True,
                              timeout=120).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _tree_rss_kb(root_pid: int) -> int:
    """Memory of root_pid and its descendants: sum of PSS (VmRSS where PSS is unreadable), Linux /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode(errors="replace")
            ppid = int(stat[stat.rfind(")") + 2:].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    pids, stack = [], [root_pid]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(children.get(pid, []))
    for pid in pids:
        try:
            rss[pid] = _pss_or_rss_kb(pid)
        except (OSError, ValueError, IndexError):
            continue
    return sum(rss.values())


def _pss_or_rss_kb(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them), else VmRSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_scan(target: Path, out: Path, extra: list[str]) -> dict:
    """Run `clausecheck scan` in a subprocess: wall time, exit code, peak RSS (largest process and tree)."""
    command = [*clausecheck_command(), "scan", str(target), "--json", str(out), "--quiet", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            if os.path.isdir("/proc"):
                peak_tree = max(peak_tree, _tree_rss_kb(process.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _stdout, stderr = process.communicate()
    stop.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {"command": " ".join(command), "returncode": process.returncode, "seconds": elapsed,
              # ru_maxrss is a high-water mark over all children so far: only meaningful if it grew
              "max_process_mb": after / 1024 if after > before else None,
              "tree_peak_mb": peak_tree / 1024 if peak_tree else None,
              "stderr_tail": stderr.strip().splitlines()[-3:] if stderr.strip() else []}
    # exit code 1 means "done, but some documents could not be read": the figures still stand
    result["ok"] = process.returncode in (0, 1) and out.exists()
    if result["ok"]:
        try:
            data = json.loads(out.read_text(encoding="utf-8"))
            docs = data.get("documents", [])
            result["documents"] = len(docs)
            result["pages"] = sum(d.get("page_count") or 0 for d in docs)
            result["by_status"] = data.get("summary", {}).get("by_status")
        except (OSError, ValueError) as error:
            result["stderr_tail"] = [f"JSON illisible : {error}"]
    return result


# --------------------------------------------------------------------------------------------- report

def _rate(pages: int, seconds: float) -> str:
    return f"{pages / seconds:,.0f}".replace(",", " ") if seconds > 0 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-dir", type=Path, help="folder of born-digital PDFs (searched recursively)")
    parser.add_argument("--count", type=int, default=40, help="PDFs to generate when --pdf-dir is not given")
    parser.add_argument("--repeat", type=int, default=3, help="passes for steps 1-2 (best is kept)")
    parser.add_argument("--memory-docs", type=int, default=1000, help="documents for the memory scan")
    parser.add_argument("--workers", type=int, default=None, help="--workers passed to clausecheck scan")
    parser.add_argument("--skip-scan", action="store_true", help="skip step 3")
    parser.add_argument("--skip-memory", action="store_true", help="skip step 4")
    parser.add_argument("--json", dest="json_out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="clausecheck-bench-"))
    figures: dict = {"python": platform.python_version(), "cpus": os.cpu_count()}
    try:
        if args.pdf_dir:
            pdf_root = args.pdf_dir.resolve()
            source = str(args.pdf_dir)
        else:
            pdf_root = work / "pdfs"
            t0 = time.perf_counter()
            generate_pdfs(pdf_root, args.count)
            source = f"{args.count} generated PDFs ({time.perf_counter() - t0:.1f} s to generate)"
        files = pdf_files(pdf_root)
        if not files:
            print(f"no PDF under {pdf_root}", file=sys.stderr)
            return 2
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        print(f"Corpus: {source}: {len(files)} PDFs, {size_mb:.1f} MB")

        # warm the page cache and imports once, then keep the best of N alternating passes
        bench_raw(files[:2])
        bench_ingest(files[:2], pdf_root)
        raw_best = ing_best = None
        statuses: dict[str, int] = {}
        for _ in range(max(args.repeat, 1)):
            raw = bench_raw(files)
            ing = bench_ingest(files, pdf_root)
            statuses = ing[2]
            raw_best = raw if raw_best is None or raw[1] < raw_best[1] else raw_best
            ing_best = ing if ing_best is None or ing[1] < ing_best[1] else ing_best
        raw_pages, raw_s = raw_best
        ing_pages, ing_s, _ = ing_best
        ratio = (ing_pages / ing_s) / (raw_pages / raw_s)
        figures.update(raw_pages=raw_pages, raw_seconds=raw_s, ingest_pages=ing_pages, ingest_seconds=ing_s,
                       ratio=ratio, ingest_statuses=statuses)

        rows = [
            ("1. pypdfium2 raw text", f"{raw_pages}", f"{raw_s:.2f}", _rate(raw_pages, raw_s), "floor"),
            ("2. clausecheck ingest_file", f"{ing_pages}", f"{ing_s:.2f}", _rate(ing_pages, ing_s),
             f"ratio {ratio:.2f} (target >= {TARGET_RATIO}) {'OK' if ratio >= TARGET_RATIO else 'BELOW TARGET'}"),
        ]

        if not args.skip_scan:
            help_text = scan_help()
            variants = [("3a. clausecheck scan (full)", [])]
            if "--no-model" in help_text:
                variants.append(("3b. clausecheck scan --no-model", ["--no-model"]))
            if "--no-detect" in help_text:
                variants.append(("3c. clausecheck scan --no-detect", ["--no-detect"]))
            workers = ["--workers", str(args.workers)] if args.workers else []
            for label, extra in variants:
                result = run_scan(pdf_root, work / "scan.json", extra + workers)
                figures[label] = result
                if not result["ok"]:
                    rows.append((label, "-", f"{result['seconds']:.2f}", "-",
                                 f"FAILED rc={result['returncode']}: {' / '.join(result['stderr_tail'])[-160:]}"))
                    continue
                pages = result.get("pages") or ing_pages
                rows.append((label, f"{pages}", f"{result['seconds']:.2f}", _rate(pages, result["seconds"]),
                             f"start-up included; {result.get('documents')} documents"))
            if "--no-detect" not in help_text:
                rows.append(("    (no flag to turn detection off)", "", "", "", "only --no-model exists"))

        if not args.skip_memory:
            small = work / "small"
            t0 = time.perf_counter()
            generate_small_documents(small, args.memory_docs)
            gen_s = time.perf_counter() - t0
            workers = ["--workers", str(args.workers)] if args.workers else []
            result = run_scan(small, work / "memory.json", workers)
            figures["memory"] = result
            label = f"4. scan of {args.memory_docs} small documents"
            if not result["ok"]:
                rows.append((label, "-", f"{result['seconds']:.2f}", "-",
                             f"FAILED rc={result['returncode']} (peak RSS until then: largest process "
                             f"{result['max_process_mb'] or 0:.0f} MB, tree (PSS) {result['tree_peak_mb'] or 0:.0f} MB): "
                             f"{' / '.join(result['stderr_tail'])[-160:]}"))
            else:
                peak = max(v for v in (result["max_process_mb"], result["tree_peak_mb"]) if v is not None)
                verdict = "OK" if peak < TARGET_MEMORY_MB else "ABOVE TARGET"
                rows.append((label, f"{result.get('pages')}", f"{result['seconds']:.2f}",
                             _rate(result.get("pages") or 0, result["seconds"]),
                             f"peak RSS: largest process {result['max_process_mb'] or 0:.0f} MB, process tree (PSS) "
                             f"{result['tree_peak_mb'] or 0:.0f} MB (target < {TARGET_MEMORY_MB:.0f}) {verdict}; "
                             f"{result.get('documents')} documents (generated in {gen_s:.1f} s)"))

        width = max(len(r[0]) for r in rows)
        print()
        print(f"{'step':<{width}}  {'pages':>6}  {'seconds':>8}  {'pages/s':>8}  notes")
        print("-" * (width + 40))
        for step, pages, seconds, rate, note in rows:
            print(f"{step:<{width}}  {pages:>6}  {seconds:>8}  {rate:>8}  {note}")
        print()
        print(f"ingest statuses: {statuses}")
        if args.json_out:
            args.json_out.write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
