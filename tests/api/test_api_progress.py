"""Progress: the share of files done, written by the worker itself (across processes too); and a stop
ends the worker processes in the middle of an analysis."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace

import pytest

from tests.api.conftest import auth, upload, wait_done


def _wait_for(client, key, analysis_id, predicate, timeout=60.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/v1/analyses/{analysis_id}?include_result=false", headers=auth(key)).json()
        if predicate(body):
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"toujours {body['status']} ({body['progress']}) après {timeout}s")
        time.sleep(0.05)


def test_progress_moves_with_the_files_done(app_factory, key, insertion_pdf, plain_pdf, engine):
    gates = [threading.Event() for _ in range(3)]

    def stepped_scan(paths, reference_date=None, progress=None):
        for done, gate in enumerate(gates, start=1):
            gate.wait(20)
            progress(done, len(gates))
        return engine.scan(paths, reference_date)

    with app_factory() as client:
        client.app.state.runner.engine = replace(engine, scan=stepped_scan)
        files = [("CCAP.pdf", insertion_pdf), ("CCTP.pdf", plain_pdf), ("RC.pdf", plain_pdf)]
        analysis_id = upload(client, key, files).json()["id"]
        seen = [_wait_for(client, key, analysis_id, lambda b: b["status"] == "running")["progress"]]
        for step, gate in enumerate(gates, start=1):
            gate.set()
            seen.append(_wait_for(client, key, analysis_id,
                                  lambda b, step=step: b["progress"] >= round(step / 3, 3) - 1e-9)["progress"])
        body = wait_done(client, key, analysis_id)
    assert body["status"] == "done" and body["progress"] == 1.0
    assert seen == [0.0, 0.333, 0.667, 1.0]


def test_progress_crosses_from_a_worker_process(app_factory, key, insertion_pdf, engine, tmp_path, monkeypatch):
    import api_fakes

    gate = tmp_path / "gate"
    monkeypatch.setenv(api_fakes.GATE_ENV, str(gate))  # before the pool is made: its processes inherit it
    with app_factory(executor="process", workers=1) as client:
        runner = client.app.state.runner
        runner.engine = replace(engine, scan=api_fakes.gated_scan, warm_up=None)
        runner._replace_executor(runner._executor)
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        body = _wait_for(client, key, analysis_id, lambda b: b["status"] == "running" and b["progress"] == 0.5,
                         timeout=120)
        assert body["progress"] == 0.5
        gate.touch()
        body = wait_done(client, key, analysis_id, timeout=120)
        assert body["status"] == "done" and body["progress"] == 1.0, body


def test_real_engine_reports_each_file(tmp_path, engine):
    if engine.scan.__module__ != "api.engine":
        pytest.skip("moteur de substitution")
    folder = tmp_path / "dossier"
    folder.mkdir()
    for name in ("RC.txt", "CCAP.txt"):
        (folder / name).write_text("Le marché n'est pas alloti.\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    result = engine.scan([folder], None, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert len(result.documents) == 2 and len(result.tenders) == 1


def test_stop_ends_the_worker_processes_of_a_running_analysis(app_factory, settings, key, insertion_pdf, engine,
                                                              tmp_path, monkeypatch):
    import api_fakes

    monkeypatch.setenv(api_fakes.GATE_ENV, str(tmp_path / "jamais"))  # the analysis never ends by itself
    with app_factory(executor="process", workers=1) as client:
        runner = client.app.state.runner
        runner.engine = replace(engine, scan=api_fakes.gated_scan, warm_up=None)
        runner._replace_executor(runner._executor)
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        _wait_for(client, key, analysis_id, lambda b: b["progress"] == 0.5, timeout=120)
        pids = runner._executor.worker_pids()
        assert pids
        started = time.monotonic()
        runner.stop()
        assert time.monotonic() - started < 15
        for pid in pids:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        body = client.get(f"/v1/analyses/{analysis_id}", headers=auth(key)).json()
        assert (body["status"], body["attempts"], body["progress"]) == ("queued", 0, 0.0)
