"""Browser tests skipped for want of Chromium are said at the end of the run, with the command that
installs it (tests/conftest.py), instead of passing by in silence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import browser_skip_message

REPO = Path(__file__).resolve().parents[1]


def test_message_names_the_install_command():
    lines = browser_skip_message(["Chromium absent (/usr/bin/chromium) : test navigateur ignoré"] * 3)
    assert lines[0].startswith("3 test(s) navigateur ignoré(s)")
    assert any("apt-get install -y chromium" in line for line in lines)
    assert lines[-1] == "Puis relancer : bash scripts/test.sh"
    assert browser_skip_message([]) == []
    assert any('pip install -e ".[test]"' in line for line in browser_skip_message(["paquet playwright absent : "
                                                                                    "test navigateur ignoré"]))


def test_a_run_without_chromium_ends_saying_so():
    env = {**os.environ, "CLAUSECHECK_CHROMIUM": "/nulle-part/chromium"}
    env.pop("CLAUSECHECK_REQUIRE_BROWSER", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/browser/test_report_browser.py::test_opens_offline_without_errors"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    tail = run.stdout.strip().splitlines()[-5:]
    assert any("apt-get install -y chromium" in line for line in tail), run.stdout
    assert "1 skipped" in tail[-1]


def test_ci_fails_instead_of_skipping():
    env = {**os.environ, "CLAUSECHECK_CHROMIUM": "/nulle-part/chromium", "CLAUSECHECK_REQUIRE_BROWSER": "1"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/browser/test_report_browser.py::test_opens_offline_without_errors"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "CLAUSECHECK_REQUIRE_BROWSER=1" in run.stdout, run.stdout
