"""Analyses in worker processes (the production setting), worker crashes, probes, streamed limits."""

from __future__ import annotations

from dataclasses import replace

from tests.api.conftest import auth, upload, wait_done


def test_process_pool_runs_the_real_engine(app_factory, key, insertion_pdf):
    with app_factory(executor="process", workers=1) as client:
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)], consultation_date="2026-03-09").json()["id"]
        body = wait_done(client, key, analysis_id, timeout=120)
        assert body["status"] == "done", body
        doc = body["result"]["documents"][0]
        assert doc["considerations"]["clause_insertion"] is True, (doc.get("text_status"), doc.get("status_message"),
                                                                   doc.get("unknown_reasons"))


def test_crashed_worker_is_retried_once_then_failed(app_factory, key, insertion_pdf, engine):
    import api_fakes

    with app_factory(executor="process", workers=1) as client:
        runner = client.app.state.runner
        runner.engine = replace(engine, scan=api_fakes.crash_scan, warm_up=None)
        runner._replace_executor(runner._executor)
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        body = wait_done(client, key, analysis_id, timeout=120)
        assert body["status"] == "failed"
        assert body["attempts"] == 2
        assert "arrêté de façon inattendue" in body["error"]
        # The pool was replaced: the service still analyses.
        runner.engine = engine
        runner._replace_executor(runner._executor)
        second = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        assert wait_done(client, key, second, timeout=120)["status"] == "done"


def test_readyz_reports_a_stopped_runner(client):
    assert client.get("/readyz").status_code == 200
    client.app.state.runner.stop()
    r = client.get("/readyz")
    assert r.status_code == 503 and r.headers["content-type"] == "application/problem+json"
    assert "répartiteur" in r.json()["detail"]


def test_streamed_body_over_the_limit_is_refused(client, key, settings):
    chunk = b"x" * (256 * 1024)
    count = settings.max_upload_bytes // len(chunk) + 2

    def body():
        yield b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
        for _ in range(count):
            yield chunk
        yield b"\r\n--b--\r\n"

    r = client.post("/v1/analyses", content=body(),
                    headers={**auth(key), "Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert "taille maximale" in r.json()["detail"]
