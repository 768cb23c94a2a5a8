"""Every package the code imports directly is declared in pyproject.toml: the core's in
`dependencies`, the API's there or in the `api` extra (so a command-line user installs no web server)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"clausecheck", "api"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    names = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match and _normalise(match.group(1)) != "clausecheck":
            names.add(_normalise(match.group(1)))
    return names


def _third_party_imports(package: str) -> dict[str, set[str]]:
    """Top-level module imported -> files importing it, for modules outside the standard library."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
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


def _undeclared(package: str, declared: set[str]) -> dict[str, str]:
    distributions = packages_distributions()
    wrong = {}
    for module, files in _third_party_imports(package).items():
        provided_by = {_normalise(d) for d in distributions.get(module, [])}
        if not provided_by & declared:
            wrong[module] = f"{sorted(provided_by) or 'not installed'} imported by {sorted(files)[:3]}"
    return wrong


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_core_declares_what_it_imports():
    core = _declared(_project()["dependencies"])
    assert not _undeclared("clausecheck", core)


def test_the_api_declares_what_it_imports_in_its_extra():
    project = _project()
    core = _declared(project["dependencies"])
    api = _declared(project["optional-dependencies"]["api"])
    assert not _undeclared("api", core | api)
    assert not core & api, "a package of the api extra is also a core dependency"
    for server in ("fastapi", "uvicorn", "sqlalchemy", "alembic", "python-multipart"):
        assert server in api and server not in core, server


def test_the_test_extra_brings_the_api():
    extras = _project()["optional-dependencies"]
    assert any(re.match(r"clausecheck\[[^]]*\bapi\b", requirement) for requirement in extras["test"])
