"""A scan on a Dask cluster (`dask.distributed`): the same results as on one machine, from as many
machines as the cluster has. Needs the `distributed` extra: pip install "clausecheck[distributed]".

- Tasks. Inputs are sorted largest first and grouped into tasks of at most `batch_bytes` bytes or
  `batch_items` files (a large file is a task of its own), so that small notices do not cost a
  round trip each and no worker is left with a long file at the end.
- Streaming. Only a window of tasks is submitted at a time (three per worker thread, and in bytes
  mode at most `max_bytes_in_flight` bytes of files); results come back with `as_completed` and are
  yielded as they arrive, so the client's memory does not grow with the corpus. The order is the
  order of completion, as with the local pool: the JSON's documents are not in input order (its
  dossiers are sorted, whatever the order).
- Engine. A worker plugin loads the engine (rules, spaCy, passage model) once per worker process,
  when it joins; a task checks it was built with the scan's options (`analysis.engine_ready`).
  Before a scan, the scheduler and every worker say which engine they run (clausecheck, rules and
  model versions): any difference with this machine stops the scan, since its results would not be
  those of a local scan. The scheduler needs clausecheck too: it unpickles the tasks.
- Inputs. "paths": every worker reads the files at their absolute path (a shared folder: NFS, a
  mounted bucket, or the local cluster on this machine); "bytes": the client reads each file and
  sends its bytes with the task (workers see nothing of this machine's disk). "auto" (default)
  asks every worker whether it sees a few of the files, with the same sizes, and picks paths if
  all do, bytes otherwise. A ZIP travels whole and is opened on the worker; dossiers are worked
  out on the client (`ingestion.discover`), so ZIP members and nested dossiers come out as locally.
- Failures. A task that raises is retried (`retries`); a task lost with a worker that dies is
  rescheduled by the scheduler. Neither is reported by Dask, so the executor counts them itself:
  the scheduler's `remove-worker` events name the tasks a dead worker held, and a task that raises
  says so in an event of its own before raising. A task that still fails (it took down several
  workers: Dask's KilledWorker) is split into one task per file. A file whose own task is then
  killed is not yet to blame: a worker holds more than one task (the one it runs, the next one
  queued), and all die with it. It is run once more at the end of the scan, alone on the cluster;
  only a file killed there is reported as a failed document, with the reason, and the scan goes
  on. Each input is yielded once, whatever was re-run.
"""

from __future__ import annotations

import contextlib
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from clausecheck.analysis import EngineOptions, analyse_item, engine_ready, input_failure, start_worker
from clausecheck.executors import ExecutorError, default_workers, file_size
from clausecheck.ingestion import InputItem, read_input
from clausecheck.model import Document
from clausecheck.results import DocumentResult, Reruns

KEY_PREFIX = "clausecheck-analyse"
RETRY_TOPIC = "clausecheck-retry"
PLUGIN_NAME = "clausecheck-engine"

Content = bytes | Document | None
Entry = tuple[int, InputItem, Content]


# ----------------------------------------------------------------------------- on the workers


class EnginePlugin(WorkerPlugin):
    """Loads the engine once in each worker process, when the worker starts or joins the cluster.
    Registered once per cluster (idempotent): the next scans find their workers warm, and a scan
    with other options has its engine rebuilt by its first task on each worker (`engine_ready`)."""

    idempotent = True

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        start_worker(self.options)


def analyse_batch(options: EngineOptions, entries: list[Entry]) -> list[tuple[int, list[DocumentResult]]]:
    """One task: each input's results, with its index in the scan."""
    engine_ready(options)
    return [(index, analyse_item(item, content)) for index, item, content in entries]


def run_task(task: Callable[[EngineOptions, list[Entry]], Any], options: EngineOptions, entries: list[Entry]) -> Any:
    """What a worker runs: the task, and if it raises (the engine cannot be built, memory), an event
    that tells the client before Dask retries it, since Dask says nothing of its retries."""
    try:
        return task(options, entries)
    except Exception as error:
        worker = get_worker()
        worker.log_event(RETRY_TOPIC, {"key": worker.get_current_task(), "error": f"{type(error).__name__}: {error}"})
        raise


def engine_identity(paths: list[tuple[str, int]]) -> dict[str, Any]:
    """Which engine this process runs (clausecheck, rules and model versions) and whether it sees
    these files with these sizes (run on the scheduler and on each worker before a scan)."""
    from clausecheck.outputs.json_output import engine_info

    info = engine_info()

    def sees(path: str, size: int) -> bool:
        try:
            return Path(path).stat().st_size == size
        except OSError:
            return False

    return {"version": info.version, "rules_version": info.rules_version, "model_version": info.model_version,
            "sees_paths": all(sees(path, size) for path, size in paths)}


# ----------------------------------------------------------------------------- on the client


@dataclass(slots=True)
class _Task:
    indices: list[int]
    size: int
    split: bool = False  # a file of a failed batch, run again on its own
    alone: bool = False  # run with nothing else on the cluster: a worker it kills was killed by it


class DaskExecutor:
    """Runs a scan on the Dask cluster at `scheduler` (tcp://HOST:8786), or on a local cluster of
    `workers` processes started for the scan (one thread each) when no scheduler is given."""

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None, inputs: str = "auto",
                 batch_bytes: int = 1024 * 1024, batch_items: int = 16, retries: int = 2,
                 max_bytes_in_flight: int = 256 * 1024 * 1024, connect_seconds: float = 30.0,
                 workers_seconds: float = 120.0, announce: Callable[[str], None] | None = None,
                 task: Callable[..., list[tuple[int, list[DocumentResult]]]] = analyse_batch) -> None:
        self.scheduler = scheduler
        self.local_workers = workers or default_workers()
        self.workers = 0 if scheduler else self.local_workers  # threads of the cluster, once connected
        self.inputs = inputs
        self.batch_bytes = batch_bytes
        self.batch_items = batch_items
        self.retries = retries
        self.max_bytes_in_flight = max_bytes_in_flight
        self.connect_seconds = connect_seconds
        self.workers_seconds = workers_seconds
        self.announce = announce or (lambda message: None)
        self.task = task
        self.inputs_used: str | None = None  # "paths" or "bytes", once decided
        self.dashboard: str | None = None
        self._reruns = Reruns()

    def reruns(self) -> Reruns:
        return self._reruns

    # -- the scan

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]:
        self._reruns = Reruns()
        if not items:
            return
        with ExitStack() as stack:
            client = self._connect(stack)
            sizes = [file_size(item.path) for item in items]
            self.inputs_used = self._prepare(client, items, sizes, options)
            yield from _Scan(self, client, items, sizes, options).run()

    def _connect(self, stack: ExitStack) -> Client:
        try:
            if self.scheduler:
                client = stack.enter_context(Client(self.scheduler, timeout=self.connect_seconds,
                                                    set_as_default=False))
            else:
                cluster = stack.enter_context(LocalCluster(n_workers=self.local_workers, threads_per_worker=1,
                                                           processes=True))
                client = stack.enter_context(Client(cluster, set_as_default=False))
        except (OSError, TimeoutError) as error:
            where = f"l'ordonnanceur Dask {self.scheduler}" if self.scheduler else "un cluster Dask local"
            raise ExecutorError(f"impossible de joindre {where} ({type(error).__name__} : {error}). "
                                "Vérifiez que `dask scheduler` tourne et que l'adresse est la bonne.") from error
        services = client.scheduler_info().get("services", {})
        if "dashboard" in services or not self.scheduler:
            try:
                self.dashboard = client.dashboard_link
                self.announce(f"Tableau de bord Dask : {self.dashboard}")
            except Exception:  # no dashboard served (bokeh absent): nothing to show
                self.dashboard = None
        try:
            client.wait_for_workers(1, timeout=self.workers_seconds)
        except TimeoutError as error:
            raise ExecutorError(f"aucun processus de travail Dask n'a rejoint l'ordonnanceur en "
                                f"{self.workers_seconds:.0f} s : lancez `dask worker {self.scheduler}`.") from error
        return client

    def _prepare(self, client: Client, items: list[InputItem], sizes: list[int], options: EngineOptions) -> str:
        """Check the workers run the same engine as this machine, say how they get the files, load
        their engine. Returns "paths" or "bytes"."""
        from clausecheck.outputs.json_output import engine_info

        sample = [(str(items[i].path.absolute()), sizes[i]) for i in sorted({0, len(items) // 2, len(items) - 1})]
        try:  # the scheduler unpickles the tasks, which name clausecheck's classes: it needs clausecheck too
            identities = {"l'ordonnanceur": client.run_on_scheduler(engine_identity, [])}
        except Exception as error:
            raise ExecutorError(
                "l'ordonnanceur Dask n'a pas pu répondre ; clausecheck y est-il installé, dans la même version que "
                f"sur ce poste ? ({type(error).__name__} : {error})") from error
        try:
            workers = client.run(engine_identity, sample)
        except Exception as error:
            raise ExecutorError(
                "les processus de travail Dask n'ont pas pu répondre ; clausecheck y est-il installé, dans la "
                f"même version que sur ce poste ? ({type(error).__name__} : {error})") from error
        identities.update((f"le processus de travail {address}", identity) for address, identity in workers.items())
        mine = engine_info()
        expected = {"version": mine.version, "rules_version": mine.rules_version, "model_version": mine.model_version}
        for who, identity in sorted(identities.items()):
            differing = [f"{name} {identity.get(name)} au lieu de {value}" for name, value in expected.items()
                         if identity.get(name) != value]
            if differing:
                raise ExecutorError(
                    f"{who} n'a pas le même moteur que ce poste ({', '.join(differing)}) : ses résultats ne seraient "
                    "pas ceux d'une analyse locale. Installez la même version de clausecheck (et les mêmes règles) "
                    "sur chaque machine du cluster, ordonnanceur compris.")
        sees_paths = all(identity["sees_paths"] for identity in workers.values())
        mode = ("paths" if sees_paths else "bytes") if self.inputs == "auto" else self.inputs
        self.announce("Fichiers lus par les processus de travail à leur chemin (dossier partagé)." if mode == "paths"
                      else "Fichiers envoyés par ce poste aux processus de travail (ils ne voient pas ces chemins).")
        try:
            client.register_plugin(EnginePlugin(options), name=PLUGIN_NAME)
        except Exception as error:
            raise ExecutorError(f"les processus de travail Dask n'ont pas pu charger le moteur "
                                f"({type(error).__name__} : {error})") from error
        self.workers = sum(client.nthreads().values())
        return mode


class _Scan:
    """One scan's tasks on a connected client: planned, submitted a window at a time, gathered,
    re-run where needed, each input yielded once."""

    def __init__(self, executor: DaskExecutor, client: Client, items: list[InputItem], sizes: list[int],
                 options: EngineOptions) -> None:
        self.executor = executor
        self.client = client
        self.items = items
        self.sizes = sizes
        self.options = options
        self.token = uuid.uuid4().hex[:12]
        self.todo: deque[_Task] = deque(plan_batches(sizes, executor.batch_bytes, executor.batch_items))
        self.tasks: dict[str, _Task] = {}  # every task submitted in this scan, by key
        self.in_flight: dict[str, Any] = {}  # key -> future
        self.bytes_in_flight = 0
        self.done: set[int] = set()
        self.failed_attempts: Counter[str] = Counter()  # from the events: how often each task was lost or raised
        self.lost_workers: set[str] = set()
        self.erred: set[str] = set()  # tasks whose last attempt failed (nothing ran after it)
        self.split_runs: list[int] = []  # inputs run again on their own after their batch failed
        self.suspects: deque[_Task] = deque()  # files killed with a worker, to run alone at the end
        self._lock = threading.Lock()
        self._serial = 0
        self._window_checked = 0.0
        self._window = 4

    def run(self) -> Iterator[list[DocumentResult]]:
        client = self.client
        client.subscribe_topic("all", self._on_cluster_event)
        client.subscribe_topic(RETRY_TOPIC, self._on_retry_event)
        completed = as_completed(loop=client.loop)
        try:
            self._fill(completed)
            while self.in_flight:
                future = next(completed)
                key = future.key
                self.in_flight.pop(key, None)
                task = self.tasks[key]
                self.bytes_in_flight -= task.size if self.executor.inputs_used == "bytes" else 0
                try:
                    results = future.result()
                except Exception as error:
                    results = self._failed(task, key, error)
                del future
                for index, documents in results:
                    if index in self.done:  # never twice, whatever was re-run
                        continue
                    self.done.add(index)
                    yield documents
                self._fill(completed)
        finally:
            for topic in ("all", RETRY_TOPIC):
                with contextlib.suppress(Exception):
                    client.unsubscribe_topic(topic)
            if self.in_flight:  # the caller stopped early, or the cluster failed: leave nothing running
                # the connection may be gone: the scheduler then forgets them with this client
                with contextlib.suppress(Exception):
                    client.cancel(list(self.in_flight.values()))
        self.executor._reruns = self._reruns()

    def _failed(self, task: _Task, key: str, error: BaseException) -> list[tuple[int, list[DocumentResult]]]:
        if self.client.status not in ("running", "connecting"):
            raise ExecutorError(f"connexion perdue avec l'ordonnanceur Dask ({type(error).__name__} : {error})") from error
        self.erred.add(key)
        if len(task.indices) > 1:  # run each file on its own, so that only the one at fault fails
            for index in reversed(task.indices):
                self.todo.appendleft(_Task([index], self.sizes[index], split=True))
            return []
        name = type(error).__name__
        if name == "KilledWorker" and not task.alone:  # it may have died with the file at fault: try it alone
            self.suspects.append(_Task(task.indices, task.size, split=True, alone=True))
            return []
        if name == "KilledWorker":
            reason = ("L'analyse de ce fichier a fait tomber plusieurs processus de travail Dask l'un après l'autre "
                      "(KilledWorker) : fichier non analysé ; les autres l'ont été.")
        else:
            reason = f"Erreur de l'analyse répartie : {name}: {error}"
        index = task.indices[0]
        return [(index, [input_failure(self.items[index], reason)])]

    # -- submission

    def _fill(self, completed: Any) -> None:
        if any(self.tasks[key].alone for key in self.in_flight):
            return
        window = self._current_window()
        bytes_mode = self.executor.inputs_used == "bytes"
        while self.todo and len(self.in_flight) < window:
            task = self.todo[0]
            if bytes_mode and self.in_flight and self.bytes_in_flight + task.size > self.executor.max_bytes_in_flight:
                break
            self._submit(self.todo.popleft(), completed, bytes_mode)
        if self.suspects and not self.todo and not self.in_flight:  # the rest is done: one suspect at a time
            self._submit(self.suspects.popleft(), completed, bytes_mode)

    def _submit(self, task: _Task, completed: Any, bytes_mode: bool) -> None:
        self._serial += 1
        key = f"{KEY_PREFIX}-{self.token}-{self._serial}"
        entries = [(index, *self._payload(index, bytes_mode)) for index in task.indices]
        if task.split:
            self.split_runs.extend(task.indices)
        future = self.client.submit(run_task, self.executor.task, self.options, entries, key=key,
                                    retries=self.executor.retries, pure=False)
        self.tasks[key] = task
        self.in_flight[key] = future
        self.bytes_in_flight += task.size if bytes_mode else 0
        completed.add(future)

    def _payload(self, index: int, bytes_mode: bool) -> tuple[InputItem, Content]:
        item = self.items[index]
        if bytes_mode:  # read here, refused here as locally (too large, inaccessible)
            return item, read_input(item.path, item.display_path, item.dossier)
        return InputItem(item.path.absolute(), item.display_path, item.dossier), None

    def _current_window(self) -> int:
        """Three tasks per worker thread, so that none waits; asked again every few seconds (workers come and go)."""
        now = time.monotonic()
        if now - self._window_checked > 5.0:
            self._window_checked = now
            with contextlib.suppress(Exception):
                self._window = max(4, 3 * sum(self.client.nthreads().values()))
        return self._window

    # -- re-runs, counted from the scheduler's events

    def _on_cluster_event(self, event: tuple[float, dict[str, Any]]) -> None:
        _, message = event
        if not isinstance(message, dict) or message.get("action") != "remove-worker":
            return
        lost = [key for key in (*message.get("processing-tasks", ()), *message.get("lost-computed-tasks", ()))
                if isinstance(key, str) and key.startswith(f"{KEY_PREFIX}-{self.token}-")]
        with self._lock:
            self.failed_attempts.update(lost)
            if lost:
                self.lost_workers.add(str(message.get("worker", "")))

    def _on_retry_event(self, event: tuple[float, dict[str, Any]]) -> None:
        _, message = event
        key = message.get("key") if isinstance(message, dict) else None
        if isinstance(key, str) and key.startswith(f"{KEY_PREFIX}-{self.token}-"):
            with self._lock:
                self.failed_attempts[key] += 1

    def _reruns(self) -> Reruns:
        with self._lock:
            attempts = dict(self.failed_attempts)
        rerun_inputs: set[int] = set(self.split_runs)
        count = len(self.split_runs)
        for key, failures in attempts.items():
            runs = failures - 1 if key in self.erred else failures  # a last failure was not run again
            if runs > 0 and key in self.tasks:
                count += runs
                rerun_inputs.update(self.tasks[key].indices)
        return Reruns(tasks=count, inputs=sorted(self.items[i].display_path for i in rerun_inputs),
                      workers_lost=len(self.lost_workers))


def plan_batches(sizes: list[int], batch_bytes: int, batch_items: int) -> list[_Task]:
    """Inputs largest first, grouped into tasks of at most `batch_bytes` bytes or `batch_items`
    inputs; an input larger than `batch_bytes` is a task of its own."""
    tasks: list[_Task] = []
    current: list[int] = []
    current_bytes = 0
    for index in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        if current and (len(current) >= batch_items or current_bytes + sizes[index] > batch_bytes):
            tasks.append(_Task(current, current_bytes))
            current, current_bytes = [], 0
        current.append(index)
        current_bytes += sizes[index]
    if current:
        tasks.append(_Task(current, current_bytes))
    return tasks

