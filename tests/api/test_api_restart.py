"""A restart loses no job: queued analyses run, interrupted ones are retried once, then failed."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from api.storage import Analysis, make_engine, utcnow
from tests.api.conftest import auth, upload, wait_done


def _set(settings, analysis_id: str, **values) -> None:
    engine = make_engine(settings)
    with engine.begin() as conn:
        conn.execute(sa.update(Analysis).where(Analysis.id == analysis_id).values(**values))
    engine.dispose()


def _get(settings, analysis_id: str):
    engine = make_engine(settings)
    with engine.connect() as conn:
        row = conn.execute(sa.select(Analysis.status, Analysis.attempts, Analysis.error)
                           .where(Analysis.id == analysis_id)).one()
    engine.dispose()
    return row


def test_queued_job_is_picked_up_by_a_new_instance(app_factory, key, insertion_pdf):
    with app_factory() as first:
        first.app.state.runner.stop()  # the instance dies before running anything
        analysis_id = upload(first, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        assert first.get(f"/v1/analyses/{analysis_id}", headers=auth(key)).json()["status"] == "queued"
    with app_factory() as second:
        body = wait_done(second, key, analysis_id)
        assert body["status"] == "done" and body["attempts"] == 1
        assert body["result"]["documents"]


def test_interrupted_job_is_retried_once(app_factory, settings, key, insertion_pdf):
    with app_factory() as first:
        first.app.state.runner.stop()
        analysis_id = upload(first, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
    # As left by an instance killed while running it: no heartbeat for longer than the lease.
    stale = utcnow() - timedelta(seconds=settings.job_lease_seconds + 5)
    _set(settings, analysis_id, status="running", attempts=1, runner_id="mort", started_at=stale, heartbeat_at=stale)
    with app_factory() as second:
        body = wait_done(second, key, analysis_id)
        assert body["status"] == "done", body
        assert body["attempts"] == 2
        assert body["error"] is None


def test_interrupted_twice_is_failed_with_reason(app_factory, settings, key, insertion_pdf):
    with app_factory() as first:
        first.app.state.runner.stop()
        analysis_id = upload(first, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
    stale = utcnow() - timedelta(seconds=settings.job_lease_seconds + 5)
    _set(settings, analysis_id, status="running", attempts=2, runner_id="mort", started_at=stale, heartbeat_at=stale)
    with app_factory() as second:
        body = wait_done(second, key, analysis_id)
        assert body["status"] == "failed"
        assert "interrompue" in body["error"] and "relancée une fois" in body["error"]
        r = second.get(f"/v1/analyses/{analysis_id}/report", headers=auth(key))
        assert r.status_code == 409 and "échoué" in r.json()["detail"]


def test_live_runner_of_another_instance_is_left_alone(app_factory, settings, key, insertion_pdf):
    with app_factory() as first:
        first.app.state.runner.stop()
        analysis_id = upload(first, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
    _set(settings, analysis_id, status="running", attempts=1, runner_id="vivant", heartbeat_at=utcnow())
    with app_factory() as second:
        assert second.app.state.runner.recover() == 0
        assert second.get(f"/v1/analyses/{analysis_id}", headers=auth(key)).json()["status"] == "running"


def test_clean_shutdown_requeues_without_spending_an_attempt(app_factory, settings, key, insertion_pdf, engine):
    import threading
    from dataclasses import replace

    gate = threading.Event()

    def slow_scan(paths, reference_date=None, progress=None):
        gate.wait(20)
        return engine.scan(paths, reference_date, progress=progress)

    with app_factory() as first:
        first.app.state.runner.engine = replace(engine, scan=slow_scan)
        analysis_id = upload(first, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        for _ in range(200):
            if first.get(f"/v1/analyses/{analysis_id}", headers=auth(key)).json()["status"] == "running":
                break
            import time
            time.sleep(0.02)
        else:
            raise AssertionError("l'analyse n'a pas démarré")
    assert tuple(_get(settings, analysis_id))[:2] == ("queued", 0)
    gate.set()  # the stopped instance's worker ends; its late result must not be written
    with app_factory() as second:
        body = wait_done(second, key, analysis_id)
        assert body["status"] == "done" and body["attempts"] == 1


def test_engine_error_fails_the_job_without_trace(app_factory, key, insertion_pdf, engine):
    from dataclasses import replace

    def broken(paths, reference_date=None, progress=None):
        raise ValueError("détail interne /srv/secret")

    with app_factory() as client:
        client.app.state.runner.engine = replace(engine, scan=broken)
        analysis_id = upload(client, key, [("CCAP.pdf", insertion_pdf)]).json()["id"]
        body = wait_done(client, key, analysis_id)
        assert body["status"] == "failed"
        assert "échoué" in body["error"] and "secret" not in body["error"]
