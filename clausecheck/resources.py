"""Where the rule and model data live: inside the installed wheel, or in the source tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE.parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def rules_dir() -> Path:
    return _data_dir("rules")


def models_dir() -> Path:
    return _data_dir("models")


def read_yaml(path: Path | str) -> Any:
    """A YAML file of rules or settings, parsed by libyaml when PyYAML has it: the pure-Python parser
    takes about 0.4 s over the rules, paid by every scan and every worker that starts."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)
