#!/usr/bin/env python3
"""OCR speed: pages per second for one worker, and OCR's share of a scan's time on a mixed dossier.

    .venv/bin/python benchmarks/bench_ocr.py                 # 16 scanned pages, then the mixed dossier
    .venv/bin/python benchmarks/bench_ocr.py --pages 30 --json /tmp/bench-ocr.json

1. One worker (this process, Tesseract limited to one thread as in the scan): scanned pages of four
   kinds (clean 300 dpi, 150 dpi, degraded: noise, 2° skew, JPEG, a stamp; a page full of text) are read through
   `ingest_bytes` with OCR on and no cache. Prints pages/s per kind and overall, and the
   character error rate of each kind against the typeset text (tests/ocr_pages.py).
2. A mixed dossier, scanned by the real `scan()` with one worker: born-digital PDFs (text layer)
   and a few scanned PDFs, as a DCE holds them. Prints the scan's time with `--ocr auto` and with
   `--ocr off`, and OCR's share of the first (the `timings.ocr` the JSON records for each document,
   summed, over the scan's wall time).

Needs Tesseract (tesseract-ocr, tesseract-ocr-fra); start-up (spaCy, rules) is in the scan's time.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from clausecheck.ingestion import OcrOptions, ingest_bytes  # noqa: E402
from clausecheck.ingestion.ocr_engine import tesseract_status  # noqa: E402
from conftest_fixtures import filler, pdf_bytes  # noqa: E402
from ocr_pages import character_error_rate, degrade, image_pdf, reference_text, scan_image, scanned  # noqa: E402


def full_page() -> tuple[bytes, str]:
    """A page full of text (45 lines, about 3,500 characters), scanned at 300 dpi."""
    lines = filler(7, 45)
    return image_pdf([scanned(pdf_bytes([lines], size=10), 300)]), "\n".join(lines)


def kinds() -> dict[str, tuple[bytes, str]]:
    reference = reference_text()
    return {
        "nette 300 dpi (RC, 900 caractères)": (image_pdf([scan_image(300)]), reference),
        "150 dpi": (image_pdf([scan_image(150)], dpi=150), reference),
        "dégradée (bruit, 2°, JPEG, tampon)": (image_pdf([degrade(scan_image(300, colour=True))], jpeg=True), reference),
        "pleine (45 lignes, 3 500 caractères)": full_page(),
    }


def per_worker(pages: int) -> dict:
    options = OcrOptions.for_mode("auto")  # no cache: every page is read
    samples = kinds()
    rows = {}
    total_pages, total_seconds = 0, 0.0
    names = list(samples)
    for i in range(pages):
        name = names[i % len(names)]
        started = time.perf_counter()
        data, reference = samples[name]
        [document] = ingest_bytes(data, f"{name}.pdf", "bench", ocr=options)
        seconds = time.perf_counter() - started
        row = rows.setdefault(name, {"pages": 0, "seconds": 0.0, "cer": None})
        row["pages"] += 1
        row["seconds"] += seconds
        row["cer"] = round(character_error_rate(reference, document.text), 4)
        total_pages += 1
        total_seconds += seconds
    for row in rows.values():
        row["pages_per_second"] = round(row["pages"] / row["seconds"], 3)
        row["seconds"] = round(row["seconds"], 2)
    return {"kinds": rows, "pages": total_pages, "seconds": round(total_seconds, 2),
            "pages_per_second": round(total_pages / total_seconds, 3)}


def mixed_dossier(folder: Path, text_docs: int, text_pages: int, scanned_docs: int, scanned_pages: int) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(text_docs):
        pages = [filler(n * text_pages + p, 30) for p in range(1, text_pages + 1)]
        (folder / f"piece-{n:02d}.pdf").write_bytes(pdf_bytes(pages, header="Ville de Testville", footer="DCE"))
    scans = [scan_image(300), degrade(scan_image(300, colour=True)), scan_image(200)]
    for n in range(scanned_docs):
        images = [scans[(n + p) % len(scans)] for p in range(scanned_pages)]
        (folder / f"annexe-numerisee-{n}.pdf").write_bytes(image_pdf(images))
    return {"text_documents": text_docs, "text_pages": text_docs * text_pages,
            "scanned_documents": scanned_docs, "scanned_pages": scanned_docs * scanned_pages}


def scan_share(folder: Path) -> dict:
    from clausecheck.pipeline import EngineOptions, scan, start_worker

    start_worker(EngineOptions())  # rules, model and spaCy loaded once, before either scan is timed
    result = {}
    for mode in ("auto", "off"):
        started = time.perf_counter()
        run = scan([folder], ocr=mode).result()  # one worker: this process, as --workers 1
        seconds = time.perf_counter() - started
        ocr_seconds = sum(d.timings.get("ocr", 0.0) for d in run.documents)
        result[mode] = {"seconds": round(seconds, 2), "ocr_seconds": round(ocr_seconds, 2),
                        "by_status": dict(run.summary.by_status)}
    auto = result["auto"]
    auto["ocr_share"] = round(auto["ocr_seconds"] / auto["seconds"], 3) if auto["seconds"] else None
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=16, help="scanned pages read in step 1")
    parser.add_argument("--text-docs", type=int, default=20)
    parser.add_argument("--text-pages", type=int, default=6)
    parser.add_argument("--scanned-docs", type=int, default=2)
    parser.add_argument("--scanned-pages", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    status = tesseract_status("fra")
    if not status.available:
        print(f"Tesseract indisponible : {status.message}", file=sys.stderr)
        return 2
    figures: dict = {"date": date.today().isoformat(), "machine": f"{platform.machine()}, {platform.python_version()}",
                     "tesseract": status.version}
    figures["per_worker"] = per_worker(args.pages)
    print(f"1. Un worker : {figures['per_worker']['pages']} pages en {figures['per_worker']['seconds']} s, "
          f"{figures['per_worker']['pages_per_second']} pages/s")
    for name, row in figures["per_worker"]["kinds"].items():
        print(f"   {name:<38} {row['pages_per_second']:>6} pages/s   CER {row['cer']:.2%}")
    with tempfile.TemporaryDirectory(prefix="clausecheck-bench-ocr-") as tmp:
        dossier = Path(tmp) / "dce-mixte"
        figures["dossier"] = mixed_dossier(dossier, args.text_docs, args.text_pages, args.scanned_docs, args.scanned_pages)
        figures["scan"] = scan_share(dossier)
    d, s = figures["dossier"], figures["scan"]
    print(f"2. Dossier mixte : {d['text_pages']} pages avec couche texte ({d['text_documents']} PDF), "
          f"{d['scanned_pages']} pages numérisées ({d['scanned_documents']} PDF)")
    print(f"   --ocr auto : {s['auto']['seconds']} s dont OCR {s['auto']['ocr_seconds']} s "
          f"(part de l'OCR : {s['auto']['ocr_share']:.0%}) ; --ocr off : {s['off']['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
