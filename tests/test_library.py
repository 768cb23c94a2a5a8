"""The library entry points: clausecheck.analyse_dossier and clausecheck.scan(executor=...)."""

from __future__ import annotations

from pathlib import Path

import clausecheck
from clausecheck.executors import ProcessExecutor, SerialExecutor
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.results import DocumentResult, TenderResult

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_analyse_dossier_returns_the_dossier_assessment():
    tender = clausecheck.analyse_dossier([SAMPLES / "dce-ville-exemple"])
    assert isinstance(tender, TenderResult)
    assert len(tender.documents) == 4
    assert tender.considerations["clause_insertion"] is True
    assert tender.allotment.divided is True and tender.accessibility.profiles


def test_scan_streams_documents_then_tenders_and_processes_agree_with_serial():
    def run(executor):
        scan = clausecheck.scan([SAMPLES], executor=executor)
        documents = list(scan.documents())
        assert all(isinstance(d, DocumentResult) for d in documents)
        tenders = list(scan.tenders())
        assert scan.summary.documents == len(documents) and scan.summary.tenders == len(tenders)
        return ({d.path: to_jsonable(d) | {"timings": {}} for d in documents},
                [to_jsonable(t) for t in tenders])

    serial = run(SerialExecutor())
    parallel = run(ProcessExecutor(2))
    assert serial == parallel
    assert len(serial[1]) == 4  # three dossiers (one of them scanned, read by OCR) and the unreadable scan


def test_a_pool_is_not_started_for_a_single_document(monkeypatch):
    # each process of a pool loads the engine (rules, model, spaCy): for one document that start-up is pure cost
    import multiprocessing

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one document")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    documents = list(clausecheck.scan([SAMPLES / "dce-ville-exemple" / "RC.pdf"], executor=ProcessExecutor(2)).documents())
    assert [d.text_status for d in documents] == ["ok"]


def test_version_matches_the_package_metadata():
    import tomllib

    from clausecheck.version import __version__

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == __version__


def test_an_engine_that_cannot_load_stops_a_pooled_scan_with_its_error():
    # (before, each forked worker died loading it and the pool replaced it forever: the scan hung, silent)
    import subprocess
    import sys

    script = ("import clausecheck, clausecheck.analysis as analysis\n"
              "from pathlib import Path\n"
              "from clausecheck.executors import ProcessExecutor\n"
              "def broken(self):\n"
              "    raise RuntimeError('règle illisible')\n"
              "analysis.Engine.warm_up = broken\n"
              f"list(clausecheck.scan([Path({str(SAMPLES)!r})], executor=ProcessExecutor(2)).documents())\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert run.returncode != 0
    assert "règle illisible" in run.stderr
