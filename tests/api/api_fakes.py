"""A stand-in engine for working on the API before the real engine is there.

Used only when CLAUSECHECK_TEST_FAKE_ENGINE=1; the test suite otherwise drives the real engine.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from api.engine import Engine
from clausecheck.results import DocumentResult, Flag, ScanResult, ScanSummary, TenderResult

CATS = ("clause_sociale", "clause_insertion", "critere_social", "marche_reserve",
        "clause_environnementale", "critere_environnemental")


def _text(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return data.decode("utf-8", "ignore")


def scan(paths, reference_date=None, progress=None) -> ScanResult:
    docs = []
    for root in paths:
        root = Path(root)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        entries = []
        for f in files:
            if f.suffix == ".zip":
                import zipfile
                with zipfile.ZipFile(f) as zf:
                    entries += [(f"{f.name}/{n}", zf.read(n)) for n in zf.namelist() if not n.endswith("/")]
            else:
                entries.append((f"{root.name}/{f.relative_to(root)}" if root.is_dir() else f.name, f.read_bytes()))
        for path, data in entries:
            text = _text(data).lower()
            insertion = "insertion" in text
            docs.append(DocumentResult(
                path=path, dossier=root.name,
                considerations={c: (insertion if c in ("clause_sociale", "clause_insertion") else False) for c in CATS},
                insertion_hours=3000 if insertion else None,
            ))
        if progress:
            progress(len(docs), len(docs))
    cons = {c: any(d.considerations[c] for d in docs) for c in CATS}
    flags = [] if cons["critere_social"] else [Flag(id="sans_critere_social", label="Sans critère social",
                                                    severity="INFO", legal_basis=[], message="")]
    tenders = [TenderResult(id=Path(paths[0]).name, path=Path(paths[0]).name, considerations=cons, flags=flags)]
    return ScanResult(documents=docs, tenders=tenders,
                      summary=ScanSummary(documents=len(docs), ok=len(docs), failed=0, tenders=1))


def report(result: dict) -> str:
    return "<!doctype html><html><body><h1>Rapport</h1></body></html>"


def export_table(result: dict, suffix: str) -> bytes:
    if suffix == ".csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", *CATS])
        for t in result["tenders"]:
            w.writerow([t["id"], *[t["considerations"].get(c) for c in CATS]])
        return buf.getvalue().encode()
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["id"])
    for t in result["tenders"]:
        wb.active.append([t["id"]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def engine() -> Engine:
    return Engine(scan=scan, render_report=report, export_table=export_table,
                  rules_catalog=lambda: [{"id": "insertion.heures", "category": "clause_insertion"}],
                  thresholds_catalog=lambda: [{"id": "travaux", "amount_ht": 5538000}], warm_up=None)


def crash_scan(paths, reference_date=None, progress=None) -> ScanResult:
    """A worker process that dies in the middle of an analysis."""
    import os

    os._exit(3)


GATE_ENV = "CLAUSECHECK_TEST_GATE"


def gated_scan(paths, reference_date=None, progress=None) -> ScanResult:
    """Reports half the files done, then waits (in its worker process) for the file named by
    $CLAUSECHECK_TEST_GATE to exist before finishing."""
    import os
    import time

    if progress:
        progress(1, 2)
    gate = Path(os.environ[GATE_ENV])
    deadline = time.monotonic() + 60
    while not gate.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if progress:
        progress(2, 2)
    return scan(paths, reference_date)
