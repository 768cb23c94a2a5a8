"""Service settings, read from the environment (CLAUSECHECK_*)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    return float(raw) if raw else default


def normalise_database_url(url: str) -> str:
    """`postgres://` or `postgresql://` with whichever driver is installed (psycopg 3, else psycopg2)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        import importlib.util

        driver = "psycopg" if importlib.util.find_spec("psycopg") else "psycopg2"
        url = f"postgresql+{driver}://" + url[len("postgresql://"):]
    return url


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    database_url: str = ""  # empty: SQLite file in data_dir
    workers: int = 1
    executor: str = "process"  # 'process' (default) or 'thread'
    dask_scheduler: str = ""  # tcp://HOST:8786: analyses run on that Dask cluster (extra « distributed »)
    cors_origins: tuple[str, ...] = ()
    # Limits on what one analysis may bring in.
    max_upload_bytes: int = 200 * 1024 * 1024  # whole request
    max_file_bytes: int = 100 * 1024 * 1024  # one uploaded file
    max_files: int = 50
    max_pages: int = 3000  # PDF pages, summed over the upload (PDFs inside ZIPs included)
    max_zip_entries: int = 500
    max_zip_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_zip_ratio: float = 200.0  # uncompressed / compressed, per entry
    # Jobs.
    job_lease_seconds: float = 30.0  # a running job without heartbeat for this long was interrupted
    heartbeat_seconds: float = 5.0
    poll_seconds: float = 1.0
    progress_seconds: float = 0.5  # a worker writes its progress at most this often (and when all files are done)
    max_attempts: int = 2  # an interrupted job is retried once
    run_migrations: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{(self.data_dir / 'clausecheck.db').resolve()}"

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def work_dir(self) -> Path:
        return self.data_dir / "work"

    @property
    def ocr_cache_dir(self) -> Path:
        """Text of scanned pages read by OCR, by file sha256 and page (clausecheck/ingestion/ocr_cache.py)."""
        return self.data_dir / "ocr"

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls) -> Settings:
        origins = tuple(o.strip() for o in os.environ.get("CLAUSECHECK_CORS_ORIGINS", "").split(",") if o.strip())
        default = cls()
        return cls(
            data_dir=Path(os.environ.get("CLAUSECHECK_DATA_DIR", "").strip() or "data"),
            database_url=os.environ.get("CLAUSECHECK_DATABASE_URL", "").strip(),
            workers=max(1, _int("CLAUSECHECK_WORKERS", default.workers)),
            executor=(os.environ.get("CLAUSECHECK_EXECUTOR", "").strip() or default.executor),
            dask_scheduler=os.environ.get("CLAUSECHECK_DASK_SCHEDULER", "").strip(),
            cors_origins=origins,
            max_upload_bytes=_int("CLAUSECHECK_MAX_UPLOAD_BYTES", default.max_upload_bytes),
            max_file_bytes=_int("CLAUSECHECK_MAX_FILE_BYTES", default.max_file_bytes),
            max_files=_int("CLAUSECHECK_MAX_FILES", default.max_files),
            max_pages=_int("CLAUSECHECK_MAX_PAGES", default.max_pages),
            max_zip_entries=_int("CLAUSECHECK_MAX_ZIP_ENTRIES", default.max_zip_entries),
            max_zip_uncompressed_bytes=_int("CLAUSECHECK_MAX_ZIP_BYTES", default.max_zip_uncompressed_bytes),
            job_lease_seconds=_float("CLAUSECHECK_JOB_LEASE_SECONDS", default.job_lease_seconds),
        )
