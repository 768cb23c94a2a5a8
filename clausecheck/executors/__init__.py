"""Where the documents of a scan are analysed: this process, a pool of local processes, or a Dask
cluster (clausecheck/executors/dask_cluster.py, with the `distributed` extra).

An executor runs `analysis.analyse_item` over input items and yields each item's results as
soon as they are ready, in any order. Each worker builds its engine once (`start_worker`). After
the last item, `reruns()` says what had to be run again (only a cluster loses workers).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from clausecheck.analysis import EngineOptions, analyse_item, engine_ready, start_worker
from clausecheck.ingestion import InputItem
from clausecheck.results import DocumentResult, Reruns

EXECUTORS = ("process", "dask")
INPUT_MODES = ("auto", "paths", "bytes")


class Executor(Protocol):
    workers: int

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]: ...

    def reruns(self) -> Reruns: ...


class ExecutorError(Exception):
    """An executor that cannot run the scan (no cluster at that address, no worker, the extra not
    installed…); the message says it in French and what to do."""


class SerialExecutor:
    """Everything in this process, one document after the other."""

    workers = 1

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]:
        start_worker(options)
        for item in items:
            yield analyse_item(item)

    def reruns(self) -> Reruns:
        return Reruns()


class ProcessExecutor:
    """Local worker processes, large files first so that no worker is left with a long one at the end."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]:
        workers = min(self.workers, len(items))
        if workers <= 1:  # a pool would only add its start-up: each process loads the engine
            yield from SerialExecutor().map_unordered(items, options)
            return
        forking = sys.platform.startswith("linux")
        context = multiprocessing.get_context("fork" if forking else "spawn")
        ordered = sorted(items, key=lambda item: -file_size(item.path))
        if forking:
            # the engine built once, here, before the workers are forked: they start with it loaded (its pages shared),
            # and an engine that cannot load (a rule that does not compile) stops the scan with its error here
            # instead of killing each worker as it starts, which the pool would replace forever
            engine_ready(options)
        with context.Pool(workers, initializer=engine_ready, initargs=(options,), maxtasksperchild=200) as pool:
            yield from pool.imap_unordered(analyse_item, ordered, chunksize=4)

    def reruns(self) -> Reruns:
        return Reruns()


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def make_executor(workers: int, *, kind: str = "process", scheduler: str | None = None, inputs: str = "auto",
                  announce: Callable[[str], None] | None = None) -> Executor:
    """`workers` local processes (`kind` "process", the default); or a Dask cluster: the one whose
    scheduler is at `scheduler` (tcp://HOST:8786), else a local one of `workers` processes.
    `inputs` says how a cluster's workers get the files (auto, paths, bytes: docs in
    clausecheck/executors/dask_cluster.py); `announce` is told, in French, what the cluster is (dashboard)."""
    if scheduler is None and kind == "process":
        return SerialExecutor() if workers <= 1 else ProcessExecutor(workers)
    if kind not in EXECUTORS:
        raise ExecutorError(f"exécuteur inconnu « {kind} » (attendu : {', '.join(EXECUTORS)})")
    if inputs not in INPUT_MODES:
        raise ExecutorError(f"mode d'envoi des fichiers inconnu « {inputs} » (attendu : {', '.join(INPUT_MODES)})")
    try:
        from clausecheck.executors.dask_cluster import DaskExecutor
    except ImportError as error:
        raise ExecutorError(
            "l'analyse sur un cluster Dask demande l'extra « distributed » : "
            f'pip install "clausecheck[distributed]" ({error})') from error
    return DaskExecutor(scheduler, workers=None if scheduler else workers, inputs=inputs, announce=announce)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
