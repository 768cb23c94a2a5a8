"""A Dask cluster of real processes for the tests and the benchmark (benchmarks/bench_dask.py):
`dask scheduler` and `dask worker` started as a user would, on the loopback address only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from distributed import Client

DASK = Path(sys.executable).with_name("dask")


class Cluster:
    """`dask scheduler` and `dask worker` processes on 127.0.0.1 (random ports, dashboards on random
    ports too), each worker with one thread (unless told) under a nanny that restarts it if it dies; ended by pid."""

    def __init__(self, folder: Path, workers: int = 2, env: dict[str, str] | None = None, threads: int = 1) -> None:
        self.folder = folder
        self.workers = workers
        self.threads = threads
        # the scheduler and the workers import the tests' modules for the task functions some tests send
        path = os.pathsep.join(p for p in (str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")) if p)
        self.env = {**os.environ, "PYTHONPATH": path, **(env or {})}
        self.processes: list[subprocess.Popen] = []
        self.names: list[str] = []
        self.address = ""

    def start(self) -> Cluster:
        assert DASK.exists(), f"{DASK} absent : installez l'extra « distributed » (bash scripts/setup.sh --test)"
        scheduler_file = self.folder / "scheduler.json"
        self._spawn("scheduler", [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                  "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(scheduler_file)])
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            assert time.monotonic() < deadline, (self.folder / "scheduler.log").read_text()
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written whole, but give it a moment
        self.address = json.loads(scheduler_file.read_text())["address"]
        self.add_workers(self.workers)
        return self

    def add_workers(self, count: int) -> None:
        started = sum(1 for name in self.names if name.startswith("worker"))
        for number in range(started, started + count):
            self._spawn(f"worker{number}", [str(DASK), "worker", self.address, "--nthreads", str(self.threads), "--nanny",
                                            "--host", "127.0.0.1", "--dashboard-address", "127.0.0.1:0"])
        self.workers = started + count
        self.ready()

    def ready(self) -> None:
        with Client(self.address, set_as_default=False, timeout=30) as client:
            client.wait_for_workers(self.workers, timeout=120)

    def _spawn(self, name: str, command: list[str]) -> None:
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 — the worker process writes to it after this returns
        self.processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=self.env,
                                               cwd=self.folder))
        self.names.append(name)
        log.close()

    def stop(self) -> None:
        try:  # the scheduler closes its workers, then itself
            with Client(self.address, set_as_default=False, timeout=10) as client:
                client.shutdown()
        except Exception:
            pass
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
