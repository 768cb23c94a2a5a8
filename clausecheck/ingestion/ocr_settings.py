"""The OCR numbers of rules/settings.yml (section `ocr`), with the defaults they document."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from clausecheck.resources import read_yaml, rules_dir


@dataclass(frozen=True, slots=True)
class OcrSettings:
    language: str = "fra"
    dpi: int = 300
    thin_text_chars_per_a4: int = 200
    thin_text_image_coverage: float = 0.85
    min_confidence: float = 70.0
    orientation_check_below: float = 85.0
    max_pages_per_document: int = 100
    min_image_pixels: int = 250_000
    max_image_pixels: int = 60_000_000
    max_skew_degrees: float = 5.0
    page_timeout_seconds: float = 120.0

    def with_(self, **changes: Any) -> OcrSettings:
        return replace(self, **changes)

    @classmethod
    def from_mapping(cls, data: dict[str, Any] | None) -> OcrSettings:
        data = data or {}
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known or value is None:
                continue
            default = getattr(cls(), name)
            values[name] = type(default)(value)
        return cls(**values)


@lru_cache(maxsize=4)
def _load(path: str) -> OcrSettings:
    try:
        data = read_yaml(path) or {}
    except OSError:
        data = {}
    return OcrSettings.from_mapping(data.get("ocr") if isinstance(data, dict) else None)


def load_ocr_settings(path: Path | None = None) -> OcrSettings:
    return _load(str(path or rules_dir() / "settings.yml"))
