"""The batch scan: one bad file never stops a batch, the JSON follows the contract, exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clausecheck.categories import CATEGORIES
from clausecheck.interfaces.cli import main

CCAP_TEXT = """CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES
Article 6 - Clause d'insertion
Le titulaire s'engage à réaliser une action d'insertion professionnelle représentant 1 500 heures
de travail au bénéfice de publics éloignés de l'emploi, avec l'appui du facilitateur du PLIE.
"""


def _dossier(root: Path) -> None:
    (root / "dce-a").mkdir(parents=True)
    (root / "dce-a" / "CCAP.txt").write_text(CCAP_TEXT, encoding="utf-8")
    (root / "dce-a" / "cassé.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    (root / "dce-a" / "vide.pdf").write_bytes(b"")
    with zipfile.ZipFile(root / "dce-b.zip", "w") as archive:
        archive.writestr("RC.txt", "RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n")
        archive.writestr("../evil.txt", "hors de l'archive")


def _run(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exit_:  # argparse
        return int(exit_.code)


def test_scan_reports_bad_files_and_analyses_the_rest(tmp_path):
    _dossier(tmp_path / "in")
    out = tmp_path / "scan.json"
    code = _run(["scan", str(tmp_path / "in"), "--json", str(out), "--quiet", "--workers", "1"])
    assert code == 1  # some documents failed
    scan = json.loads(out.read_text(encoding="utf-8"))
    assert scan["schema_version"] == "1"
    documents = {d["path"]: d for d in scan["documents"]}
    assert set(documents) == {"dce-a/CCAP.txt", "dce-a/cassé.pdf", "dce-a/vide.pdf", "dce-b.zip/RC.txt", "dce-b.zip/../evil.txt"}
    good = documents["dce-a/CCAP.txt"]
    assert good["text_status"] == "ok" and good["doc_type"] == "CCAP"
    assert set(good["considerations"]) == set(CATEGORIES)
    for bad_path, status in [("dce-a/cassé.pdf", "corrupt"), ("dce-a/vide.pdf", "corrupt"), ("dce-b.zip/../evil.txt", "unsupported")]:
        bad = documents[bad_path]
        assert bad["text_status"] == status, bad
        assert bad["status_message"]  # a French reason
        assert all(value is None for value in bad["considerations"].values())  # unknown, never absent
    tenders = {t["id"]: t for t in scan["tenders"]}
    assert set(tenders) == {"dce-a", "dce-b.zip"}
    assert sorted(tenders["dce-a"]["documents"]) == ["dce-a/CCAP.txt", "dce-a/cassé.pdf", "dce-a/vide.pdf"]
    assert scan["summary"]["documents"] == 5 and scan["summary"]["failed"] == 3


def test_loose_file_is_its_own_dossier_and_all_ok_exits_zero(tmp_path):
    path = tmp_path / "CCAP.txt"
    path.write_text(CCAP_TEXT, encoding="utf-8")
    out = tmp_path / "scan.json"
    assert _run(["scan", str(path), "--json", str(out), "--quiet"]) == 0
    scan = json.loads(out.read_text(encoding="utf-8"))
    assert [d["path"] for d in scan["documents"]] == ["CCAP.txt"]
    assert [t["id"] for t in scan["tenders"]] == ["CCAP.txt"]


def test_usage_errors_exit_two(tmp_path):
    assert _run(["scan", str(tmp_path / "absent"), "--json", str(tmp_path / "o.json")]) == 2
    assert _run(["scan", str(tmp_path)]) == 2  # no output asked for
    assert _run(["inconnu"]) == 2


def test_parallel_workers_give_the_same_documents(tmp_path):
    _dossier(tmp_path / "in")
    results = []
    for workers in ("1", "2"):
        out = tmp_path / f"scan{workers}.json"
        _run(["scan", str(tmp_path / "in"), "--json", str(out), "--quiet", "--workers", workers])
        scan = json.loads(out.read_text(encoding="utf-8"))
        results.append(sorted((d["path"], d["text_status"], json.dumps(d["considerations"])) for d in scan["documents"]))
    assert results[0] == results[1]


def test_console_entry_point_prints_french_summary(tmp_path):
    path = tmp_path / "CCAP.txt"
    path.write_text(CCAP_TEXT, encoding="utf-8")
    exe = Path(sys.executable).with_name("clausecheck")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    done = subprocess.run([str(exe), "scan", str(path), "--json", str(tmp_path / "o.json")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 document analysé" in done.stderr


@pytest.mark.corpus
def test_every_labelled_corpus_document_is_read(corpus_dir, corpus_scan):
    with open(corpus_dir / "labels.csv", encoding="utf-8") as handle:
        labelled = [row["path"] for row in csv.DictReader(handle)]
    documents = {d["path"]: d for d in corpus_scan["documents"]}
    missing = [path for path in labelled if path not in documents]
    assert not missing
    not_ok = {path: documents[path]["status_message"] for path in labelled if documents[path]["text_status"] != "ok"}
    assert not not_ok


def test_same_named_loose_files_stay_apart(tmp_path):
    for folder, text in (("A", CCAP_TEXT), ("B", "RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "RC.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "scan.json"
    _run(["scan", str(tmp_path / "A" / "RC.txt"), str(tmp_path / "B" / "RC.txt"), "--json", str(out), "--quiet"])
    scan = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in scan["documents"]) == ["A/RC.txt", "B/RC.txt"]
    assert sorted(t["id"] for t in scan["tenders"]) == ["A/RC.txt", "B/RC.txt"]


def test_a_second_scan_does_not_read_the_first_scans_outputs(tmp_path):
    folder = tmp_path / "dce"
    folder.mkdir()
    (folder / "RC.txt").write_text("RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n", encoding="utf-8")
    args = ["scan", str(folder), "--json", str(folder / "r.json"), "--csv", str(folder / "dossiers.csv"),
            "--html", str(folder / "rapport.html"), "--xlsx", str(folder / "dossiers.xlsx"), "--quiet"]
    results = []
    for _ in range(2):
        assert _run(args) == 0
        scan = json.loads((folder / "r.json").read_text(encoding="utf-8"))
        results.append(sorted((d["path"], json.dumps(d["considerations"])) for d in scan["documents"]))
    assert results[0] == results[1] == [("RC.txt", results[0][0][1])]


def test_unwritable_output_is_a_usage_error_before_any_analysis(tmp_path, capsys):
    (tmp_path / "RC.txt").write_text("RÈGLEMENT DE LA CONSULTATION\n", encoding="utf-8")
    assert _run(["scan", str(tmp_path / "RC.txt"), "--json", str(tmp_path)]) == 2
    assert "est un dossier" in capsys.readouterr().err
    assert _run(["scan", str(tmp_path / "RC.txt"), "--json", str(tmp_path / "o.json"), "--csv", "/proc/x/y.csv"]) == 2
    assert not (tmp_path / "o.json").exists()


def test_report_refuses_a_json_that_is_not_a_scan(tmp_path):
    bogus = tmp_path / "autre.json"
    bogus.write_text("{}", encoding="utf-8")
    assert _run(["report", str(bogus), "-o", str(tmp_path / "r.html")]) == 2
