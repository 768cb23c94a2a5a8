"""Where the documents of a scan are analysed: this process, or a pool of local processes.

An executor runs `analysis.analyse_item` over input items and yields each item's results as
soon as they are ready, in any order. Each worker builds its engine once (`start_worker`). A
distributed engine implements the same two members (`workers`, `map_unordered`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from clausecheck.analysis import EngineOptions, analyse_item, start_worker
from clausecheck.ingestion import InputItem
from clausecheck.results import DocumentResult


class Executor(Protocol):
    workers: int

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]: ...


class SerialExecutor:
    """Everything in this process, one document after the other."""

    workers = 1

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]:
        start_worker(options)
        for item in items:
            yield analyse_item(item)


class ProcessExecutor:
    """Local worker processes, large files first so that no worker is left with a long one at the end."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map_unordered(self, items: list[InputItem], options: EngineOptions) -> Iterator[list[DocumentResult]]:
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        ordered = sorted(items, key=lambda item: -_size(item.path))
        with context.Pool(self.workers, initializer=start_worker, initargs=(options,), maxtasksperchild=200) as pool:
            yield from pool.imap_unordered(analyse_item, ordered, chunksize=4)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def make_executor(workers: int) -> Executor:
    return SerialExecutor() if workers <= 1 else ProcessExecutor(workers)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
