"""Names given on disk to what was uploaded: a file keeps its own name, a dossier takes its reference.

Used by the job runner when it lays out an analysis' files, and by `api.results` when it shows the
dossier under the reference given at upload.
"""

from __future__ import annotations

import re


def safe_name(name: str, fallback: str = "document") -> str:
    """A file or folder name safe to create on disk, keeping accents and the extension."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f<>:\"|?*]", "_", name).strip().strip(".")
    if not name:
        return fallback
    if len(name.encode("utf-8")) > 200:
        stem, dot, ext = name.rpartition(".")
        if not dot or len(ext) > 10:
            stem, ext = name, ""
        stem = stem.encode("utf-8")[:180].decode("utf-8", "ignore")
        name = f"{stem}.{ext}" if ext else stem
    return name


def dossier_name(reference: str | None) -> str:
    """The folder an upload of loose files is scanned in: its reference, made safe, else « dossier »."""
    return safe_name(reference or "", fallback="dossier") if reference else "dossier"
