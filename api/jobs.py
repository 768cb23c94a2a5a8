"""The job runner: analyses run in a worker pool, apart from request handling.

The database is the queue. A dispatcher thread claims queued analyses (an atomic
`UPDATE … WHERE status = 'queued'`, so several service instances can share one PostgreSQL
database), materialises their files and hands them to a process (or thread) pool of
`settings.workers` (api/workers.py), where the library's scan runs and writes its progress (files
done / files in all) to the row. While an analysis runs, its row carries the runner id and a heartbeat;
a running analysis whose heartbeat is older than `job_lease_seconds` was interrupted (crash,
restart): it is queued again if it has had fewer than `max_attempts` attempts, otherwise
marked failed with the reason. A clean shutdown puts its running analyses back in the queue
without counting an attempt.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import threading
import uuid
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from api.engine import Engine
from api.names import dossier_name, safe_name
from api.results import is_archive_upload
from api.settings import Settings
from api.storage import Analysis, AnalysisFile, AnalysisTag, BlobStore, utcnow
from api.workers import AnalysisJob, Finished, ProgressWriter, WorkerPool, close_databases, run_analysis

log = logging.getLogger("clausecheck.api.jobs")

INTERRUPTED_RETRY = "Analyse interrompue (arrêt ou redémarrage du service) : relancée automatiquement."
INTERRUPTED_FAILED = ("Analyse interrompue (arrêt ou redémarrage du service) et déjà relancée une fois : "
                      "abandonnée. Soumettez à nouveau le dossier.")
WORKER_CRASHED = "Le processus d'analyse s'est arrêté de façon inattendue."

Pool = Executor | WorkerPool


class JobRunner:
    def __init__(self, settings: Settings, sessions: sessionmaker, engine: Engine):
        self.settings = settings
        self.sessions = sessions
        self.engine = engine
        self.blobs = BlobStore(settings.blobs_dir)
        self.runner_id = uuid.uuid4().hex
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._inflight: dict[str, Future[Finished]] = {}
        self._executor: Pool | None = None
        self._thread: threading.Thread | None = None
        self._last_heartbeat = 0.0

    # ------------------------------------------------------------------ lifecycle

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        self._executor = self._make_executor()
        self.recover()
        self._thread = threading.Thread(target=self._loop, name="clausecheck-dispatcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        # Put what was still running back in the queue: a clean stop is not a failed attempt.
        with self.sessions() as s:
            s.execute(
                sa.update(Analysis)
                .where(Analysis.status == "running", Analysis.runner_id == self.runner_id)
                .values(status="queued", runner_id=None, heartbeat_at=None, progress=0.0,
                        attempts=sa.case((Analysis.attempts > 0, Analysis.attempts - 1), else_=0))
            )
            s.commit()
        executor, self._executor = self._executor, None
        if executor is not None:
            self._shutdown_executor(executor)
        close_databases()

    def notify(self) -> None:
        self._wake.set()

    def _make_executor(self) -> Pool:
        if self.settings.executor == "thread":
            return ThreadPoolExecutor(max_workers=self.settings.workers, thread_name_prefix="clausecheck-job")
        return WorkerPool(self.settings.workers, self.engine.warm_up)

    @staticmethod
    def _shutdown_executor(executor: Pool) -> None:
        if isinstance(executor, WorkerPool):
            executor.terminate()  # a running analysis is ended: it was put back in the queue
        else:
            executor.shutdown(wait=False, cancel_futures=True)  # threads cannot be ended: they finish unheard

    # ------------------------------------------------------------------ recovery

    def recover(self) -> int:
        """Deal with running analyses whose runner stopped beating: retry once, then fail."""
        limit = utcnow() - timedelta(seconds=self.settings.job_lease_seconds)
        changed = 0
        with self.sessions() as s:
            stale = s.scalars(
                sa.select(Analysis).where(
                    Analysis.status == "running",
                    sa.or_(Analysis.runner_id.is_(None), Analysis.runner_id != self.runner_id),
                    sa.or_(Analysis.heartbeat_at.is_(None), Analysis.heartbeat_at < limit),
                )
            ).all()
            for job in stale:
                values: dict[str, Any]
                if job.attempts < self.settings.max_attempts:
                    values = dict(status="queued", runner_id=None, heartbeat_at=None, progress=0.0,
                                  error=INTERRUPTED_RETRY)
                else:
                    values = dict(status="failed", runner_id=None, finished_at=utcnow(), error=INTERRUPTED_FAILED)
                res = s.execute(
                    sa.update(Analysis)
                    .where(Analysis.id == job.id, Analysis.status == "running",
                           sa.or_(Analysis.heartbeat_at.is_(None), Analysis.heartbeat_at < limit))
                    .values(**values)
                )
                changed += res.rowcount or 0
                log.warning("analyse %s interrompue: %s", job.id, values["status"])
            s.commit()
        if changed:
            self._wake.set()
        return changed

    # ------------------------------------------------------------------ dispatch

    def _loop(self) -> None:
        import time

        last_sweep = 0.0
        while not self._stop.is_set():
            try:
                now = time.monotonic()
                if now - self._last_heartbeat >= self.settings.heartbeat_seconds:
                    self._heartbeat()
                    self._last_heartbeat = now
                if now - last_sweep >= max(self.settings.heartbeat_seconds, 1.0):
                    self.recover()
                    last_sweep = now
                while not self._stop.is_set() and len(self._inflight) < self.settings.workers:
                    job_id = self._claim()
                    if job_id is None:
                        break
                    self._submit(job_id)
            except Exception:  # keep the dispatcher alive whatever happens
                log.exception("erreur du répartiteur d'analyses")
                self._stop.wait(1.0)
            self._wake.wait(self.settings.poll_seconds)
            self._wake.clear()

    def _heartbeat(self) -> None:
        with self.sessions() as s:
            s.execute(
                sa.update(Analysis)
                .where(Analysis.status == "running", Analysis.runner_id == self.runner_id)
                .values(heartbeat_at=utcnow())
            )
            s.commit()

    def _claim(self) -> str | None:
        with self.sessions() as s:
            for _ in range(5):
                job_id = s.scalar(
                    sa.select(Analysis.id).where(Analysis.status == "queued")
                    .order_by(Analysis.created_at, Analysis.id).limit(1)
                )
                if job_id is None:
                    return None
                now = utcnow()
                res = s.execute(
                    sa.update(Analysis)
                    .where(Analysis.id == job_id, Analysis.status == "queued")
                    .values(status="running", runner_id=self.runner_id, started_at=now, heartbeat_at=now,
                            attempts=Analysis.attempts + 1, progress=0.0)
                )
                s.commit()
                if res.rowcount == 1:
                    return job_id
        return None

    def _prepare(self, job_id: str) -> AnalysisJob:
        """Lay the analysis' files under work/<id>/ with their own names; returns what the worker needs."""
        with self.sessions() as s:
            job = s.get(Analysis, job_id)
            files = list(s.scalars(sa.select(AnalysisFile).where(AnalysisFile.analysis_id == job_id)
                                   .order_by(AnalysisFile.position)))
            reference, ref_date, buyer = job.reference, job.consultation_date, job.buyer
        uploaded = [(f.filename, f.kind) for f in files]
        root = self._work_root(job_id)
        shutil.rmtree(root, ignore_errors=True)
        if is_archive_upload(uploaded):
            target = root / safe_name(files[0].filename, "dossier.zip")
            if not target.name.lower().endswith(".zip"):
                target = target.with_name(target.name + ".zip")
            self.blobs.materialise(files[0].sha256, target)
            return AnalysisJob(job_id, [target], ref_date, uploaded, buyer, reference)
        folder = root / dossier_name(reference)
        used: set[str] = set()
        for f in files:
            name = safe_name(f.filename)
            stem, dot, ext = name.rpartition(".")
            n = 2
            while name.lower() in used:
                name = f"{stem}-{n}.{ext}" if dot else f"{f.filename}-{n}"
                n += 1
            used.add(name.lower())
            self.blobs.materialise(f.sha256, folder / name)
        return AnalysisJob(job_id, [folder], ref_date, uploaded, buyer, reference)

    def _work_root(self, job_id: str) -> Path:
        # One folder per runner, so a late worker of a stopped instance never touches a retry's files.
        return self.settings.work_dir / job_id / self.runner_id[:12]

    def _submit(self, job_id: str) -> None:
        try:
            job = self._prepare(job_id)
        except Exception as exc:
            log.exception("préparation de l'analyse %s", job_id)
            self._finish_failed(job_id, f"Les fichiers de l'analyse n'ont pas pu être préparés ({type(exc).__name__}).")
            return
        executor = self._executor
        if executor is None:
            return
        progress = ProgressWriter(self.settings, job_id, self.runner_id)
        try:
            future = executor.submit(run_analysis, self.engine.scan, job, progress)
        except (BrokenProcessPool, RuntimeError):
            executor = self._replace_executor(executor)
            future = executor.submit(run_analysis, self.engine.scan, job, progress)
        with self._lock:
            self._inflight[job_id] = future
        future.add_done_callback(functools.partial(self._when_done, job_id, executor))

    def _replace_executor(self, broken: Pool | None) -> Pool:
        """A new pool in place of a broken one (once, however many jobs saw it break)."""
        with self._lock:
            if self._executor is not broken and self._executor is not None:
                return self._executor
            self._executor = self._make_executor()
            fresh = self._executor
        if broken is not None:
            with contextlib.suppress(Exception):
                self._shutdown_executor(broken)
        return fresh

    # ------------------------------------------------------------------ completion

    def _when_done(self, job_id: str, executor: Pool | None, future: Future[Finished]) -> None:
        self._done(job_id, future, executor)

    def _done(self, job_id: str, future: Future[Finished], executor: Pool | None = None) -> None:
        try:
            try:
                result = future.result()
            except BrokenProcessPool:
                log.error("analyse %s: processus d'analyse arrêté", job_id)
                self._interrupted(job_id)
                if not self._stop.is_set():
                    self._replace_executor(executor)
                return
            except Exception as exc:
                if future.cancelled() or self._stop.is_set():
                    return
                log.exception("analyse %s en échec", job_id, exc_info=exc)
                self._finish_failed(job_id, f"L'analyse a échoué : erreur du moteur ({type(exc).__name__}).")
                return
            self._finish_done(job_id, result)
        except Exception:
            log.exception("enregistrement du résultat de l'analyse %s", job_id)
            try:
                self._finish_failed(job_id, "Le résultat de l'analyse n'a pas pu être enregistré.")
            except Exception:
                log.exception("analyse %s", job_id)
        finally:
            with self._lock:
                self._inflight.pop(job_id, None)
            shutil.rmtree(self._work_root(job_id), ignore_errors=True)
            with contextlib.suppress(OSError):
                (self.settings.work_dir / job_id).rmdir()
            self._wake.set()

    def _owned(self, job_id: str):
        return sa.and_(Analysis.id == job_id, Analysis.status == "running", Analysis.runner_id == self.runner_id)

    def _finish_done(self, job_id: str, finished: Finished) -> None:
        with self.sessions() as s:
            res = s.execute(
                sa.update(Analysis).where(self._owned(job_id)).values(
                    status="done", progress=1.0, result=finished.result, finished_at=utcnow(), error=None,
                    document_count=finished.document_count, runner_id=None)
            )
            if res.rowcount == 1:
                s.execute(sa.delete(AnalysisTag).where(AnalysisTag.analysis_id == job_id))
                for kind, values in (("category", finished.categories), ("flag", finished.flags)):
                    for value in sorted(values):
                        s.add(AnalysisTag(analysis_id=job_id, kind=kind, value=value))
            s.commit()

    def _finish_failed(self, job_id: str, reason: str) -> None:
        with self.sessions() as s:
            s.execute(sa.update(Analysis).where(self._owned(job_id)).values(
                status="failed", finished_at=utcnow(), error=reason, runner_id=None))
            s.commit()

    def _interrupted(self, job_id: str) -> None:
        with self.sessions() as s:
            job = s.get(Analysis, job_id)
            if job is None or job.status != "running" or job.runner_id != self.runner_id:
                return
            values: dict[str, Any]
            if job.attempts < self.settings.max_attempts:
                values = dict(status="queued", runner_id=None, heartbeat_at=None, progress=0.0,
                              error=f"{WORKER_CRASHED} Analyse relancée automatiquement.")
            else:
                values = dict(status="failed", runner_id=None, finished_at=utcnow(),
                              error=f"{WORKER_CRASHED} Analyse abandonnée après une nouvelle tentative.")
            s.execute(sa.update(Analysis).where(self._owned(job_id)).values(**values))
            s.commit()
