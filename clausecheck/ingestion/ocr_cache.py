"""Where OCR results are kept so that the same file is never read twice.

A cache is anything with `get(sha256, page)` and `put(sha256, page, result)`: the key is the
sha256 of the file (or of the picture, for an image inside a DOCX/ODT) and the page number.
`DirectoryOcrCache` keeps one small JSON file per page under a folder: the API turns it on under
its data directory (api/settings.py `ocr_cache_dir`, passed to the scan as `ocr_cache_dir`); the
command line has none.

Results are filed under a fingerprint of what shaped them (Tesseract's version, language,
resolution, preprocessing version): changing any of them reads the pages again instead of
serving stale text.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

from clausecheck.ingestion.ocr_engine import OcrPage

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class OcrCache(Protocol):
    def get(self, sha256: str, page: int) -> OcrPage | None: ...

    def put(self, sha256: str, page: int, result: OcrPage) -> None: ...


class DirectoryOcrCache:
    """One JSON file per page: ROOT/FINGERPRINT/ab/abcdef…/PAGE.json, written atomically."""

    def __init__(self, root: Path, fingerprint: str):
        self.root = Path(root)
        self.fingerprint = re.sub(r"[^A-Za-z0-9._-]", "_", fingerprint)[:80] or "default"

    def _path(self, sha256: str, page: int) -> Path | None:
        if not _SHA256.match(sha256 or "") or page < 0:
            return None
        return self.root / self.fingerprint / sha256[:2] / sha256 / f"{int(page)}.json"

    def get(self, sha256: str, page: int) -> OcrPage | None:
        path = self._path(sha256, page)
        if path is None:
            return None
        try:
            return OcrPage.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None  # absent, or damaged: read the page again

    def put(self, sha256: str, page: int, result: OcrPage) -> None:
        path = self._path(sha256, page)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(result.to_dict(), out, ensure_ascii=False)
            os.replace(temporary, path)  # several workers may write the same page: last one wins, whole
        except OSError:
            return  # a cache that cannot be written costs time, never a result
