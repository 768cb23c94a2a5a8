"""Where the rule and model data live: inside the installed wheel, or in the source tree."""

from __future__ import annotations

from pathlib import Path

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
