"""The job runner's workers: what runs in them, and the process pool that holds them.

`run_analysis` is what a worker does with one analysis: the engine's scan, the API's presentation of
the typed result (api/results.py), its JSON, its tags. It runs in a worker process (or thread), so
the dispatcher only stores what comes back.

Progress crosses processes through the database: the worker writes the share of files done to the
analysis' row itself (`ProgressWriter`, its own connection, at most every `progress_seconds`), guarded
by the runner id and the `running` status like every other write of a job, so a late worker of a
stopped instance never touches a retried analysis. The database is already the queue that several
instances share; no second channel (queue, manager process) has to be drained, replaced with a
broken pool or kept in step with it.

`WorkerPool` is a `ProcessPoolExecutor` whose workers say who they are when they start (their pid,
through a queue given to the initializer), so that a stop can end the analyses still running:
`ProcessPoolExecutor` has no public way to terminate its workers before Python 3.14.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from api.results import present_result, result_tags
from api.settings import Settings
from api.storage import Analysis, make_engine
from clausecheck.outputs.json_output import to_jsonable
from clausecheck.results import ScanResult

log = logging.getLogger("clausecheck.api.workers")


@dataclass(frozen=True)
class AnalysisJob:
    """What a worker needs to run one analysis (picklable)."""

    analysis_id: str
    paths: list[Path]
    reference_date: date | None
    files: list[tuple[str, str]]  # (file name, kind) as uploaded
    buyer: str | None
    reference: str | None


@dataclass(frozen=True)
class Finished:
    """What a worker hands back: the result as stored, and what is indexed of it."""

    result: dict[str, Any]
    document_count: int
    categories: set[str]
    flags: set[str]


def run_analysis(scan: Callable[..., ScanResult], job: AnalysisJob,
                 progress: Callable[[int, int], None] | None = None) -> Finished:
    result = scan(job.paths, job.reference_date, progress=progress)
    result = present_result(result, files=job.files, buyer=job.buyer, reference=job.reference)
    categories, flags = result_tags(result)
    stored = to_jsonable(result)
    assert isinstance(stored, dict)
    return Finished(stored, len(result.documents), categories, flags)


# ----------------------------------------------------------------------------- progress

_DATABASES: dict[str, sa.Engine] = {}
_DATABASES_LOCK = threading.Lock()


def _database(settings: Settings) -> sa.Engine:
    """One database engine per process and database, made on first use."""
    url = settings.sqlalchemy_url
    with _DATABASES_LOCK:
        if url not in _DATABASES:
            _DATABASES[url] = make_engine(settings)
        return _DATABASES[url]


def close_databases() -> None:
    """Close this process's progress connections (a stopping runner whose workers are threads)."""
    with _DATABASES_LOCK:
        engines = list(_DATABASES.values())
        _DATABASES.clear()
    for engine in engines:
        engine.dispose()


@dataclass
class ProgressWriter:
    """`progress(done, total)` for the library's scan: writes done / total to the analysis' row."""

    settings: Settings
    analysis_id: str
    runner_id: str
    _last: float = field(default=0.0, repr=False)
    _broken: bool = field(default=False, repr=False)

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self._broken or total <= 0 or (done < total and now - self._last < self.settings.progress_seconds):
            return
        self._last = now
        try:
            with _database(self.settings).begin() as conn:
                conn.execute(
                    sa.update(Analysis)
                    .where(Analysis.id == self.analysis_id, Analysis.runner_id == self.runner_id,
                           Analysis.status == "running")
                    .values(progress=round(min(done / total, 1.0), 4))
                )
        except Exception:  # progress is for show: the analysis goes on without it
            self._broken = True
            log.warning("analyse %s : avancement non enregistré", self.analysis_id, exc_info=True)


# ----------------------------------------------------------------------------- the pool


def start_worker(started: Any, warm_up: Callable[[], None] | None) -> None:
    """Initializer of each worker process: say who it is, then load the engine."""
    started.put(os.getpid())
    if warm_up is not None:
        warm_up()


def noop() -> None:
    """Sent to a fresh pool so its processes start (and warm up) at once."""


class WorkerPool:
    """Worker processes (spawned) that report their pid when they start; `terminate()` ends them."""

    def __init__(self, workers: int, warm_up: Callable[[], None] | None) -> None:
        context = multiprocessing.get_context("spawn")
        self._started = context.SimpleQueue()
        self._pids: set[int] = set()
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                                            initargs=(self._started, warm_up))
        for _ in range(workers):  # start the processes now, not on the first analysis
            self.executor.submit(noop)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        return self.executor.submit(fn, *args, **kwargs)

    def worker_pids(self) -> set[int]:
        """The pids the workers reported so far (they report before loading the engine)."""
        while not self._started.empty():
            self._pids.add(self._started.get())
        return set(self._pids)

    def terminate(self) -> None:
        """Cancel what has not started, and end the workers, even in the middle of an analysis."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        pids = self.worker_pids()
        # Only live children of this process: a pid reported by a worker that has since ended and
        # been reused by another process is never signalled.
        ours = [process for process in multiprocessing.active_children() if process.pid in pids]
        for process in ours:
            process.terminate()
        for process in ours:
            process.join(timeout=5)
        self._started.close()
