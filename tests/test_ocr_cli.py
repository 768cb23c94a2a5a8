"""`clausecheck scan --ocr auto|off|force` on the shipped samples: statuses, JSON fields, report mark, exit codes."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clausecheck.ingestion import ocr as ocr_module
from clausecheck.ingestion.ocr_engine import TesseractStatus
from clausecheck.interfaces.cli import main
from ocr_pages import require_tesseract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SCANNED = SAMPLES / "dce-espaces-verts-scanne"
BLANK = SAMPLES / "illisible"


def run(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exit_:
        return int(exit_.code)


def documents(path: Path) -> dict[str, dict]:
    return {d["path"]: d for d in json.loads(path.read_text(encoding="utf-8"))["documents"]}


def test_scanned_sample_is_read_by_ocr_and_the_blank_one_stays_unreadable(tmp_path, capsys):
    require_tesseract()
    out, html = tmp_path / "scan.json", tmp_path / "rapport.html"
    code = run(["scan", str(SCANNED), str(BLANK), "--json", str(out), "--html", str(html), "--workers", "2"])
    assert code == 1  # the blank scan: unreadable, as the README says
    docs = documents(out)
    ccap = docs["dce-espaces-verts-scanne/CCAP-numerise.pdf"]
    assert ccap["text_status"] == "ocr" and ccap["doc_type"] == "CCAP"
    assert ccap["considerations"]["clause_insertion"] is True and ccap["insertion_hours"] == 420
    assert ccap["pages_without_text"] == []
    [page] = ccap["ocr"]["pages"]
    assert page["trusted"] and page["confidence"] >= 85 and abs(page["skew"]) >= 0.5  # scanned 0.8° askew
    assert all(f["evidence"]["text_source"] == "ocr" for f in ccap["findings"])
    data = json.loads(out.read_text(encoding="utf-8"))
    tender = next(t for t in data["tenders"] if t["id"] == "dce-espaces-verts-scanne")
    assert tender["unreadable_documents"] == [] and tender["insertion_hours"] == 420  # read, not unreadable
    assert tender["considerations"]["clause_insertion"] is True
    assert data["summary"]["by_status"] == {"ocr": 1, "no_text_layer": 1} and data["summary"]["ok"] == 1
    assert data["scan"]["ocr"] == "auto"
    blank = docs["illisible/scan-sans-texte.pdf"]
    assert blank["text_status"] == "no_text_layer" and "aucun texte" in blank["status_message"]
    assert all(value is None for value in blank["considerations"].values())
    report = html.read_text(encoding="utf-8")
    assert re.search(r'class="ocr-mark">lu par OCR \(confiance \d+\u00a0%\)<', report)
    assert "lisible, lu par OCR" in report
    err = capsys.readouterr().err
    assert "1 document lu en tout ou partie par OCR" in err


def test_ocr_off_leaves_the_scan_unknown(tmp_path):
    out = tmp_path / "scan.json"
    assert run(["scan", str(SCANNED), "--json", str(out), "--quiet", "--ocr", "off", "--workers", "1"]) == 1
    ccap = documents(out)["CCAP-numerise.pdf"]
    assert ccap["text_status"] == "no_text_layer" and "--ocr off" in ccap["status_message"]
    assert all(value is None for value in ccap["considerations"].values())


def test_without_tesseract_auto_says_how_to_install_and_force_refuses(tmp_path, monkeypatch, capsys):
    missing = TesseractStatus(False, message="Tesseract n'est pas installé sur ce poste : installez-le")
    monkeypatch.setattr(ocr_module, "tesseract_status", lambda language="fra": missing)
    import clausecheck.ingestion.ocr_engine as engine_module

    monkeypatch.setattr(engine_module, "tesseract_status", lambda language="fra": missing)
    out = tmp_path / "scan.json"
    assert run(["scan", str(SCANNED), "--json", str(out), "--workers", "1"]) == 1
    ccap = documents(out)["CCAP-numerise.pdf"]
    assert ccap["text_status"] == "no_text_layer" and "tesseract-ocr-fra" in ccap["status_message"]
    assert "sans OCR" in capsys.readouterr().err
    assert run(["scan", str(SCANNED), "--json", str(out), "--ocr", "force"]) == 2
    assert "--ocr force" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["toujours", ""])
def test_unknown_ocr_mode_is_a_usage_error(tmp_path, value):
    assert run(["scan", str(SCANNED), "--json", str(tmp_path / "o.json"), "--ocr", value]) == 2
