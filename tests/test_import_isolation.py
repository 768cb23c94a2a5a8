"""The core runs without the API: importing it, or running a core command, loads no API module and
none of the API's server stack; the API's commands come through an entry point and, without the
`api` extra, say how to install it."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

SERVER_STACK = {"fastapi", "starlette", "sqlalchemy", "uvicorn", "alembic", "python_multipart", "multipart"}


def _modules_after(code: str) -> set[str]:
    """Top-level names of the modules loaded by `code`, run in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, timeout=120)
    return {name.split(".")[0] for name in json.loads(out.stdout.strip().splitlines()[-1])}


def test_importing_the_core_loads_no_api_module():
    loaded = _modules_after("import clausecheck, clausecheck.pipeline, clausecheck.interfaces.cli, "
                            "clausecheck.executors, clausecheck.outputs.json_output")
    assert not loaded & (SERVER_STACK | {"api"}), sorted(loaded & (SERVER_STACK | {"api"}))


def test_core_commands_load_no_server_stack():
    # Building the parser loads api.cli (standard library only) for `serve` and `api-key`.
    loaded = _modules_after("import contextlib, io\nfrom clausecheck.interfaces.cli import main\n"
                            "with contextlib.redirect_stdout(io.StringIO()):\n    main(['rules', 'list', '--json'])")
    assert not loaded & SERVER_STACK, sorted(loaded & SERVER_STACK)


def test_the_api_commands_are_an_entry_point():
    names = {entry.name: entry.value for entry in entry_points(group="clausecheck.commands")}
    assert names.get("api") == "api.cli:register", (
        "entry point missing: reinstall the package (bash scripts/setup.sh)")


def test_without_the_api_extra_the_commands_say_how_to_install_it():
    blocked = "import sys\nfor name in ('fastapi', 'sqlalchemy', 'uvicorn', 'alembic'):\n    sys.modules[name] = None\n"
    for argv in (["serve"], ["api-key", "create", "--org", "Ville"], ["api-key", "list"]):
        run = subprocess.run([sys.executable, "-c", blocked + "from clausecheck.interfaces.cli import main\n"
                              f"sys.exit(main({argv!r}))"], capture_output=True, text=True, timeout=120)
        assert run.returncode == 2, (argv, run.stderr)
        assert 'pip install "clausecheck[api]"' in run.stderr, run.stderr
        assert "dépendances de l'API" in run.stderr and "Traceback" not in run.stderr
