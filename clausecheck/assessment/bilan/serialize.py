"""The bilan as JSON: every figure of the page, with the counts of records read, imported and set aside.

Keys are English identifiers (like the scan JSON), texts are French. A share is
`{"count", "known", "unknown", "value"}` where `value` is null when nothing is known ("non renseigné").
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clausecheck.assessment.bilan.model import Bilan, Share
from clausecheck.ingestion.decp.loader import REJECTION_LABELS

SCHEMA_VERSION = "1"


def _plain(obj: Any) -> Any:
    if isinstance(obj, Share):
        return {"count": obj.count, "known": obj.known, "unknown": obj.unknown,
                "value": round(obj.value, 6) if obj.value is not None else None}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, float):
        return round(obj, 6)
    return obj


def bilan_to_dict(bilan: Bilan) -> dict[str, Any]:
    data = _plain(bilan)
    data["schema_version"] = SCHEMA_VERSION
    data["rejection_labels"] = {code: REJECTION_LABELS.get(code, code) for code in bilan.rejected_by_reason}
    data["scope"]["description"] = bilan.scope.describe()
    data["balanced"] = bilan.read == bilan.imported + bilan.rejected
    return data


def write_json(bilan: Bilan, path: Path) -> None:
    Path(path).write_text(json.dumps(bilan_to_dict(bilan), ensure_ascii=False, indent=1), encoding="utf-8")
