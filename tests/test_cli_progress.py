"""The scan's progress bar: drawn by Rich on a terminal, in French (files done, files per second,
time left), fed by the `progress(done, total)` callback of `ScanRun.documents`; nothing at all
with --quiet or when standard error is a file or a pipe."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

from clausecheck.interfaces.progress import _fr_duration, _fr_rate, progress_bar
from clausecheck.pipeline import scan


def test_bar_on_a_terminal_counts_files_speed_and_time_left():
    stream = io.StringIO()
    with progress_bar(4, stream=stream, force_terminal=True) as show:
        assert show is not None
        for done in range(1, 4):
            time.sleep(0.05)
            show(done, 4)
        time.sleep(0.3)  # let the bar refresh before the last file
        middle = stream.getvalue()
        show(4, 4)
    text = stream.getvalue()
    assert "3/4" in middle and "fichiers/s" in middle and "reste : " in middle
    assert "4/4" in text and "terminé" in text


def test_nothing_drawn_when_quiet_or_not_a_terminal():
    with progress_bar(4, stream=io.StringIO(), force_terminal=True, quiet=True) as show:
        assert show is None
    with progress_bar(4, stream=io.StringIO()) as show:  # a StringIO is not a terminal
        assert show is None


def test_french_rate_and_time_left():
    assert _fr_rate(2.345) == "2,3 fichiers/s" and _fr_rate(12.7) == "13 fichiers/s" and _fr_rate(None) == "— fichier/s"
    assert _fr_duration(7) == "reste : 7 s" and _fr_duration(125) == "reste : 2 min 05 s"
    assert _fr_duration(3 * 3600 + 60 * 4) == "reste : 3 h 04 min" and _fr_duration(None) == "reste : calcul…"


def test_the_callback_is_fed_once_per_file(tmp_path):
    for name in ("RC.txt", "CCAP.txt", "CCTP.txt"):
        (tmp_path / name).write_text("Le marché n'est pas alloti.\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    run = scan([tmp_path], use_model=False)
    for _ in run.documents(lambda done, total: calls.append((done, total))):
        pass
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_scan_output_to_a_file_has_no_control_characters(tmp_path):
    (tmp_path / "dce").mkdir()
    (tmp_path / "dce" / "RC.txt").write_text("Le marché n'est pas alloti.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", "from clausecheck.interfaces.cli import main; raise SystemExit(main())",
                          "scan", str(tmp_path / "dce"), "--json", str(tmp_path / "s.json")],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "TERM": "xterm"})
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stderr and "\r" not in run.stderr
    assert "1 document analysé" in run.stderr and f"Résultats : {Path(tmp_path / 's.json')}" in run.stderr
