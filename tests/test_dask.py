"""Scans on a real Dask cluster (issue #14): a `dask scheduler` and `dask worker` processes on the
loopback address, started by these tests, give the same JSON as the local scan (apart from
timings and the documents' order, which is the order of completion), by shared path or by bytes;
a worker killed mid-scan costs no document and none is counted twice; what was re-run is said.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from distributed import Client

from clausecheck.analysis import EngineOptions
from clausecheck.executors import ExecutorError, make_executor
from clausecheck.executors.dask_cluster import KEY_PREFIX, DaskExecutor, analyse_batch, engine_identity, plan_batches
from clausecheck.interfaces.cli import main
from clausecheck.pipeline import scan_json
from dask_processes import Cluster

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"



# ----------------------------------------------------------------------------- a cluster of real processes


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    started = Cluster(tmp_path_factory.mktemp("dask")).start()
    yield started
    started.stop()


def comparable(scan: dict[str, Any]) -> dict[str, Any]:
    """A scan's JSON without what may differ between two runs of the same scan: timings, when it
    ran, on how many workers, what was re-run, and the documents' order (the order of completion)."""
    scan = json.loads(json.dumps(scan))
    for document in scan["documents"]:
        document.pop("timings")
    scan["documents"].sort(key=lambda document: document["path"])
    for key in ("started_at", "finished_at", "seconds", "workers"):
        scan["scan"].pop(key)
    scan["summary"].pop("reruns")
    return scan


NO_RERUN = {"tasks": 0, "inputs": [], "workers_lost": 0}


def _dossiers(root: Path) -> None:
    """Nested dossiers, DCE part folders, ZIPs in ZIPs, refused members, an empty file: what discovery
    and ingestion decide must come out the same on the cluster."""
    ccap = (SAMPLES / "dce-ville-exemple" / "CCAP.pdf").read_bytes()
    (root / "Mairie A" / "01 - RC").mkdir(parents=True)
    (root / "Mairie A" / "Lot 2").mkdir()
    (root / "Mairie A" / "01 - RC" / "RC.txt").write_text(
        "RÈGLEMENT DE LA CONSULTATION\nLe marché est alloti en 2 lots.\nLot 2 réservé aux SIAE (article L2113-13).\n",
        encoding="utf-8")
    (root / "Mairie A" / "CCAP.pdf").write_bytes(ccap)
    (root / "Mairie A" / "Lot 2" / "CCTP.txt").write_text("CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES\n"
                                                          "Produits écolabellisés.\n", encoding="utf-8")
    (root / "Mairie B" / "2026-015").mkdir(parents=True)
    (root / "Mairie B" / "2026-015" / "AE.docx").write_bytes((SAMPLES / "dce-ville-exemple" / "AE.docx").read_bytes())
    (root / "Mairie B" / "vide.pdf").write_bytes(b"")
    inner = root / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("CCTP.txt", "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES\nTri des déchets en 5 flux.\n")
    with zipfile.ZipFile(root / "dce.zip", "w") as archive:
        archive.writestr("RC.txt", "RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n")
        archive.writestr("pieces/CCAP.pdf", ccap)
        archive.write(inner, "inner.zip")
        archive.writestr("../evil.txt", "hors de l'archive")
    inner.unlink()
    shutil.copy(SAMPLES / "dce-nettoyage.zip", root / "dce-nettoyage.zip")
    shutil.copy(SAMPLES / "illisible" / "scan-sans-texte.pdf", root / "scan-sans-texte.pdf")


# ----------------------------------------------------------------------------- the same JSON as locally


def test_samples_on_the_cluster_give_the_local_json(cluster):
    local = scan_json([SAMPLES], workers=1)
    executor = DaskExecutor(cluster.address)
    remote = scan_json([SAMPLES], executor=executor)
    assert executor.inputs_used == "paths"  # every worker sees this machine's files
    assert comparable(remote) == comparable(local)
    assert remote["summary"]["reruns"] == NO_RERUN
    assert remote["scan"]["workers"] == 2
    assert len(remote["documents"]) == remote["summary"]["documents"] == len(local["documents"]) >= 7


def test_bytes_sent_by_the_client_give_the_local_json_with_zips_and_nested_dossiers(cluster, tmp_path):
    _dossiers(tmp_path / "in")
    local = scan_json([tmp_path / "in"], workers=1)
    executor = DaskExecutor(cluster.address, inputs="bytes", batch_items=3)
    remote = scan_json([tmp_path / "in"], executor=executor)
    assert executor.inputs_used == "bytes"
    assert comparable(remote) == comparable(local)
    paths = {document["path"] for document in remote["documents"]}
    assert {"dce.zip/RC.txt", "dce.zip/pieces/CCAP.pdf", "dce.zip/inner.zip/CCTP.txt", "dce.zip/../evil.txt",
            "Mairie A/01 - RC/RC.txt", "Mairie B/2026-015/AE.docx", "dce-nettoyage.zip/RC.pdf"} <= paths
    dossiers = {tender["id"] for tender in remote["tenders"]}
    assert {"Mairie A", "Mairie B", "Mairie B/2026-015", "dce.zip", "dce-nettoyage.zip"} <= dossiers
    by_path = {document["path"]: document for document in remote["documents"]}
    assert by_path["dce.zip/../evil.txt"]["text_status"] == "unsupported"
    assert by_path["Mairie B/vide.pdf"]["text_status"] == "corrupt"
    assert remote["summary"]["reruns"] == NO_RERUN


@pytest.mark.corpus
def test_the_corpus_on_the_cluster_gives_the_local_json(cluster, corpus_dir, corpus_scan):
    remote = scan_json([corpus_dir], executor=DaskExecutor(cluster.address))
    assert comparable(remote) == comparable(corpus_scan)
    assert remote["summary"]["reruns"] == NO_RERUN


def test_the_command_line_scans_on_a_scheduler_and_prints_the_dashboard(cluster, tmp_path, capsys):
    out = tmp_path / "scan.json"
    code = main(["scan", str(SAMPLES / "dce-ville-exemple"), "--json", str(out), "--scheduler", cluster.address])
    assert code == 0
    err = capsys.readouterr().err
    assert "Tableau de bord Dask : http://127.0.0.1:" in err
    assert "dossier partagé" in err and "4 documents analysés" in err
    scan = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in scan["documents"]) == ["AE.docx", "CCAP.pdf", "CCTP.docx", "RC.pdf"]


def test_the_api_setting_sends_analyses_to_the_cluster(cluster, monkeypatch):
    from api.engine import real_engine
    from api.settings import Settings

    monkeypatch.setenv("CLAUSECHECK_DASK_SCHEDULER", cluster.address)
    settings = Settings.from_env()
    assert settings.dask_scheduler == cluster.address
    engine = real_engine(dask_scheduler=settings.dask_scheduler)
    assert engine.warm_up is None  # the cluster's workers load the engine, not the API's
    seen: list[tuple[int, int]] = []
    result = engine.scan([SAMPLES / "dce-nettoyage.zip"], None, progress=lambda done, total: seen.append((done, total)))
    assert sorted(d.path for d in result.documents) == ["dce-nettoyage.zip/CCAP.pdf", "dce-nettoyage.zip/RC.pdf"]
    assert seen[-1] == (1, 1)
    local = scan_json([SAMPLES / "dce-nettoyage.zip"], workers=1)
    assert sorted(d.considerations.items() for d in result.documents) == sorted(
        d["considerations"].items() for d in local["documents"])


# ----------------------------------------------------------------------------- failures


def _corpus_of(folder: Path, dossiers: int) -> int:
    """The sample city's four pieces, copied into `dossiers` dossiers; returns the count."""
    for number in range(dossiers):
        target = folder / f"dossier-{number:02d}"
        target.mkdir(parents=True)
        for piece in sorted((SAMPLES / "dce-ville-exemple").iterdir()):
            shutil.copy(piece, target / piece.name)
    return 4 * dossiers


def _scheduler_state(dask_scheduler: Any) -> dict[str, Any]:
    """Runs on the scheduler: what each worker is processing, and the scan tasks that have reached
    memory (finished) in its recent transitions."""
    return {"processing": {address: [ts.key for ts in ws.processing] for address, ws in dask_scheduler.workers.items()},
            "finished": sorted({entry[0] for entry in dask_scheduler.transition_log
                                if entry[2] == "memory" and str(entry[0]).startswith(KEY_PREFIX)})}


def slow_batch(options: EngineOptions, entries: list) -> list:
    """The real analysis, made as slow as a long dossier's (the sample pieces are quick to read), so
    that the scan is still young when the client hears of its first result."""
    time.sleep(0.4 * len(entries))
    return analyse_batch(options, entries)


def test_a_worker_killed_mid_scan_loses_no_document_and_counts_none_twice(cluster, tmp_path):
    cluster.ready()
    count = _corpus_of(tmp_path / "in", 6)
    local = scan_json([tmp_path / "in"], workers=1)
    executor = DaskExecutor(cluster.address, batch_items=2, task=slow_batch)
    planned = len(plan_batches([p.stat().st_size for p in (tmp_path / "in").rglob("*") if p.is_file()], 1 << 20, 2))
    killed: list[dict[str, Any]] = []
    with Client(cluster.address, set_as_default=False) as monitor:
        pids = monitor.run(os.getpid)

        def progress(done: int, total: int) -> None:
            if killed:
                return
            state = monitor.run_on_scheduler(_scheduler_state)
            busy = [address for address, keys in state["processing"].items() if keys]
            assert busy, state
            scan_keys = state["processing"][busy[0]][0].rsplit("-", 1)[0] + "-"  # this scan's tasks
            finished = [key for key in state["finished"] if key.startswith(scan_keys)]
            assert planned - len(finished) >= planned / 2, state  # at least half the tasks still pending
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(state)

        from clausecheck.outputs.json_output import to_jsonable
        from clausecheck.pipeline import scan

        remote = to_jsonable(scan([tmp_path / "in"], executor=executor).result(progress))
    assert killed, "no worker was killed"
    paths = [document["path"] for document in remote["documents"]]
    assert len(paths) == len(set(paths)) == count == remote["summary"]["documents"]
    assert comparable(remote) == comparable(local)
    reruns = remote["summary"]["reruns"]
    assert reruns["workers_lost"] == 1
    assert reruns["tasks"] >= 1
    assert reruns["inputs"] and set(reruns["inputs"]) <= set(paths)
    cluster.ready()  # the nanny has restarted the worker for the next tests


def _scan_tasks(dask_scheduler: Any) -> list[str]:
    return [str(key) for key in dask_scheduler.tasks if str(key).startswith(KEY_PREFIX)]


def test_a_scan_stopped_early_leaves_nothing_running_on_the_cluster(cluster, tmp_path):
    from clausecheck.ingestion import discover

    cluster.ready()
    _corpus_of(tmp_path / "in", 3)
    stream = DaskExecutor(cluster.address, batch_items=1, task=slow_batch).map_unordered(
        discover([tmp_path / "in"]), EngineOptions())
    assert next(stream)  # one document, then the user presses Ctrl-C
    stream.close()
    with Client(cluster.address, set_as_default=False) as monitor:
        deadline = time.monotonic() + 30
        while monitor.run_on_scheduler(_scan_tasks):
            assert time.monotonic() < deadline, monitor.run_on_scheduler(_scan_tasks)
            time.sleep(0.2)


def flaky_batch(options: EngineOptions, entries: list) -> list:
    """A task that fails: always on « mauvais », once (per marker file) on « passager »."""
    for _, item, _ in entries:
        if "mauvais" in item.display_path:
            raise RuntimeError("panne simulée")
        marker = Path(str(item.path) + ".essai")
        if "passager" in item.display_path and not marker.exists():
            marker.write_text("1")
            raise RuntimeError("panne passagère simulée")
    return analyse_batch(options, entries)


def test_a_task_that_raises_is_retried_and_counted_and_a_file_that_always_fails_is_reported(cluster, tmp_path):
    cluster.ready()
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "passager.txt", "mauvais.txt"):
        (folder / name).write_text("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES\nLe titulaire réalise 300 heures "
                                   "d'insertion professionnelle.\n", encoding="utf-8")
    executor = DaskExecutor(cluster.address, task=flaky_batch, retries=2, inputs="paths")
    remote = scan_json([folder], executor=executor)
    by_path = {document["path"]: document for document in remote["documents"]}
    assert sorted(by_path) == ["a.txt", "b.txt", "mauvais.txt", "passager.txt"]
    assert by_path["mauvais.txt"]["text_status"] == "corrupt"
    assert "panne simulée" in by_path["mauvais.txt"]["status_message"]
    assert all(value is None for value in by_path["mauvais.txt"]["considerations"].values())  # unknown, not absent
    for name in ("a.txt", "b.txt", "passager.txt"):
        assert by_path[name]["text_status"] == "ok" and by_path[name]["insertion_hours"] == 300
    # the batch of 4 failed 3 times (2 retries), then each file ran on its own (4 runs); « passager »
    # failed once and was retried; « mauvais » failed 3 times (2 retries)
    assert remote["summary"]["reruns"] == {"tasks": 2 + 4 + 1 + 2, "inputs": sorted(by_path), "workers_lost": 0}


def poisoned_batch(options: EngineOptions, entries: list) -> list:
    """A file whose analysis takes its worker down (a crash in a native library)."""
    if any("poison" in item.display_path for _, item, _ in entries):
        os._exit(1)
    return analyse_batch(options, entries)


def test_a_file_that_kills_every_worker_is_reported_and_the_rest_analysed(tmp_path):
    # a scheduler that gives up on a task after its first dead worker (Dask's default is 3)
    poisoned = Cluster(tmp_path, workers=1, env={"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}).start()
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for name in ("a.txt", "b.txt"):
            (folder / name).write_text("RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n", encoding="utf-8")
        (folder / "poison.txt").write_text("RÈGLEMENT\n", encoding="utf-8")  # the smallest: run last, alone
        remote = scan_json([folder], executor=DaskExecutor(poisoned.address, task=poisoned_batch))
    finally:
        poisoned.stop()
    by_path = {document["path"]: document for document in remote["documents"]}
    assert sorted(by_path) == ["a.txt", "b.txt", "poison.txt"]
    assert by_path["poison.txt"]["text_status"] == "corrupt"
    assert "KilledWorker" in by_path["poison.txt"]["status_message"]
    assert by_path["a.txt"]["text_status"] == by_path["b.txt"]["text_status"] == "ok"
    reruns = remote["summary"]["reruns"]
    assert reruns["workers_lost"] == 3  # the batch's worker, the one its files' tasks ran on, the poison's own
    # each file ran again on its own (3), the poison once more alone, and a file finished on the dying
    # worker but not yet received by the client is computed again (Dask's rescheduling): counted too
    assert reruns["tasks"] >= 4 and reruns["inputs"] == ["a.txt", "b.txt", "poison.txt"]


def slow_or_poisoned_batch(options: EngineOptions, entries: list) -> list:
    """« lent » takes 3 s; « poison » takes its worker down after 0.5 s, while « lent » still runs there."""
    for _, item, _ in entries:
        if "poison" in item.display_path:
            time.sleep(0.5)
            os._exit(1)
        if "lent" in item.display_path:
            time.sleep(3)
    return analyse_batch(options, entries)


def test_a_file_killed_with_the_worker_of_another_is_run_again_alone_and_analysed(tmp_path):
    # one worker with two threads: « lent » and « poison » run at the same time and die together;
    # the scheduler gives up on both at once (no second try). Only the file that kills a worker
    # when it runs alone is to blame.
    poisoned = Cluster(tmp_path, workers=1, threads=2, env={"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}).start()
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "lent.txt").write_text("RÈGLEMENT DE LA CONSULTATION\nLe marché n'est pas alloti.\n", encoding="utf-8")
        (folder / "poison.txt").write_text("RÈGLEMENT\n", encoding="utf-8")
        executor = DaskExecutor(poisoned.address, task=slow_or_poisoned_batch, batch_items=1)
        remote = scan_json([folder], executor=executor)
    finally:
        poisoned.stop()
    by_path = {document["path"]: document for document in remote["documents"]}
    assert by_path["lent.txt"]["text_status"] == "ok"
    assert by_path["poison.txt"]["text_status"] == "corrupt"
    assert "KilledWorker" in by_path["poison.txt"]["status_message"]
    assert remote["summary"]["reruns"]["workers_lost"] == 2  # both files' worker, then the poison's alone


# ----------------------------------------------------------------------------- without a cluster


def test_tasks_are_grouped_by_size_largest_first():
    sizes = [10, 5_000_000, 300, 200, 100, 400_000, 50]
    tasks = plan_batches(sizes, batch_bytes=1_000_000, batch_items=3)
    assert [task.indices for task in tasks] == [[1], [5, 2, 3], [4, 6, 0]]
    assert [task.size for task in tasks] == [5_000_000, 400_500, 160]
    assert sorted(i for task in tasks for i in task.indices) == list(range(len(sizes)))


def test_a_worker_that_does_not_see_the_files_asks_for_their_bytes(tmp_path):
    present = tmp_path / "RC.txt"
    present.write_text("RÈGLEMENT", encoding="utf-8")
    assert engine_identity([(str(present), present.stat().st_size)])["sees_paths"] is True
    assert engine_identity([(str(present), 3)])["sees_paths"] is False  # another file of the same name
    assert engine_identity([(str(tmp_path / "absent.pdf"), 10)])["sees_paths"] is False


def test_an_unreachable_scheduler_is_said_in_french(tmp_path):
    (tmp_path / "RC.txt").write_text("RÈGLEMENT DE LA CONSULTATION\n", encoding="utf-8")
    executor = DaskExecutor("tcp://127.0.0.1:9", connect_seconds=2)
    with pytest.raises(ExecutorError, match=re.escape("impossible de joindre l'ordonnanceur Dask tcp://127.0.0.1:9")):
        scan_json([tmp_path], executor=executor)


def test_the_core_loads_no_dask_and_without_the_extra_the_command_says_how_to_install_it(tmp_path):
    probe = ("import json, sys\nimport clausecheck.pipeline, clausecheck.executors, clausecheck.interfaces.cli\n"
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                           check=True, timeout=120).stdout.splitlines()[-1]))
    assert not loaded & {"dask", "distributed", "bokeh"}
    (tmp_path / "RC.txt").write_text("RÈGLEMENT DE LA CONSULTATION\n", encoding="utf-8")
    blocked = "import sys\nsys.modules['distributed'] = None\nfrom clausecheck.interfaces.cli import main\n"
    run = subprocess.run([sys.executable, "-c", blocked + f"sys.exit(main(['scan', {str(tmp_path)!r}, '--json', "
                          f"{str(tmp_path / 'o.json')!r}, '--executor', 'dask', '--workers', '1']))"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert 'pip install "clausecheck[distributed]"' in run.stderr and "Traceback" not in run.stderr


def test_make_executor_keeps_the_local_pool_by_default():
    from clausecheck.executors import ProcessExecutor, SerialExecutor

    assert isinstance(make_executor(1), SerialExecutor)
    assert isinstance(make_executor(2), ProcessExecutor)
    assert isinstance(make_executor(2, kind="dask"), DaskExecutor)
    assert isinstance(make_executor(1, scheduler="tcp://127.0.0.1:8786"), DaskExecutor)
    with pytest.raises(ExecutorError):
        make_executor(2, kind="spark")
