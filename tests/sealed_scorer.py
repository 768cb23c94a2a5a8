"""scripts/score_sealed.py loaded as a module, for the tests that score a set through the real command line."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def sealed_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_sealed", REPO / "scripts" / "score_sealed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
