"""Every package the code imports directly is declared in pyproject.toml: the core's in
`dependencies`, the API's there or in the `api` extra (so a command-line user installs no web server),
the Dask executor's in the `distributed` extra (imported by that module alone)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"clausecheck", "api"}
# Modules of the core that only an extra's users import, and the extra that declares what they import.
EXTRA_MODULES = {"clausecheck/executors/dask_cluster.py": "distributed"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    names = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match and _normalise(match.group(1)) != "clausecheck":
            names.add(_normalise(match.group(1)))
    return names


def _third_party_imports(package: str, only: set[str] | None = None,
                         skip: set[str] = frozenset()) -> dict[str, set[str]]:
    """Top-level module imported -> files importing it, for modules outside the standard library
    (`only`: these files alone; `skip`: not these)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in skip or (only is not None and relative not in only):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names and top not in OWN:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def _undeclared(package: str, declared: set[str], only: set[str] | None = None,
                skip: set[str] = frozenset()) -> dict[str, str]:
    distributions = packages_distributions()
    wrong = {}
    for module, files in _third_party_imports(package, only, skip).items():
        provided_by = {_normalise(d) for d in distributions.get(module, [])}
        if not provided_by & declared:
            wrong[module] = f"{sorted(provided_by) or 'not installed'} imported by {sorted(files)[:3]}"
    return wrong


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_core_declares_what_it_imports():
    core = _declared(_project()["dependencies"])
    assert not _undeclared("clausecheck", core, skip=set(EXTRA_MODULES))


def test_the_extras_modules_declare_what_they_import_in_their_extra():
    project = _project()
    core = _declared(project["dependencies"])
    for module, extra in EXTRA_MODULES.items():
        declared = _declared(project["optional-dependencies"][extra])
        assert not core & declared, f"a package of the {extra} extra is also a core dependency"
        assert not _undeclared("clausecheck", core | declared, only={module}), module
    assert "distributed" in _declared(project["optional-dependencies"]["distributed"])
    # the core never imports the Dask module at import time: only make_executor does, when asked
    executors = (ROOT / "clausecheck/executors/__init__.py").read_text(encoding="utf-8")
    top_level = [node for node in ast.parse(executors).body if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert not any("dask_cluster" in ast.unparse(node) for node in top_level)


def test_the_api_declares_what_it_imports_in_its_extra():
    project = _project()
    core = _declared(project["dependencies"])
    api = _declared(project["optional-dependencies"]["api"])
    assert not _undeclared("api", core | api)
    assert not core & api, "a package of the api extra is also a core dependency"
    for server in ("fastapi", "uvicorn", "sqlalchemy", "alembic", "python-multipart"):
        assert server in api and server not in core, server


def test_the_test_extra_brings_the_api_and_dask():
    extras = _project()["optional-dependencies"]
    for extra in ("api", "distributed"):  # CI runs the API's tests and those on a real Dask cluster
        assert any(re.match(rf"clausecheck\[[^]]*\b{extra}\b", requirement) for requirement in extras["test"]), extra
