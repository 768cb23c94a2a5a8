"""Persistence: SQLAlchemy 2 models, database engine, and the content-addressed file store."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker, validates

from api.settings import Settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"


def utcnow() -> datetime:
    """Naive UTC timestamp (the form stored in every database)."""
    return datetime.now(UTC).replace(tzinfo=None)


def iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat().replace("+00:00", "Z")
    return value.isoformat()


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NOT_WORD = re.compile(r"[\W_]+")


def search_key(value: str | None) -> str | None:
    """A name folded for searching: no case, no accents, ligatures spelled out, punctuation as spaces.

    « Commune de Saint-Étienne » → « commune de saint etienne ». Stored next to the name (the
    databases' own lower() is ASCII-only on SQLite) and applied to the searched text alike.
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", value.translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


class Base(DeclarativeBase):
    pass


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    prefix: Mapped[str] = mapped_column(sa.String(32), unique=True, index=True)
    org: Mapped[str] = mapped_column(sa.String(200), index=True)
    salt: Mapped[str] = mapped_column(sa.String(64))
    key_hash: Mapped[str] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), nullable=True)


class Analysis(Base):
    __tablename__ = "analyses"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    org: Mapped[str] = mapped_column(sa.String(200), index=True)
    status: Mapped[str] = mapped_column(sa.String(16), index=True, default="queued")
    progress: Mapped[float] = mapped_column(sa.Float(), default=0.0)
    buyer: Mapped[str | None] = mapped_column(sa.String(300), nullable=True, index=True)
    # search_key(buyer), kept in step by `_buyer_changed`; the list's buyer filter searches it.
    buyer_search: Mapped[str | None] = mapped_column(sa.String(600), nullable=True)
    reference: Mapped[str | None] = mapped_column(sa.String(300), nullable=True)
    consultation_date: Mapped[date | None] = mapped_column(sa.Date(), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow, index=True)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), nullable=True)
    runner_id: Mapped[str | None] = mapped_column(sa.String(64), nullable=True)
    attempts: Mapped[int] = mapped_column(sa.Integer(), default=0)
    error: Mapped[str | None] = mapped_column(sa.Text(), nullable=True)
    document_count: Mapped[int | None] = mapped_column(sa.Integer(), nullable=True)
    result: Mapped[Any | None] = mapped_column(sa.JSON(), nullable=True)

    files: Mapped[list[AnalysisFile]] = relationship(
        back_populates="analysis", cascade="all, delete-orphan", order_by="AnalysisFile.position",
        passive_deletes=True,
    )
    tags: Mapped[list[AnalysisTag]] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    @validates("buyer")
    def _buyer_changed(self, _key: str, value: str | None) -> str | None:
        self.buyer_search = search_key(value)
        return value


class AnalysisFile(Base):
    __tablename__ = "analysis_files"

    id: Mapped[int] = mapped_column(sa.Integer(), primary_key=True, autoincrement=True)
    analysis_id: Mapped[str] = mapped_column(sa.ForeignKey("analyses.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(sa.Integer(), default=0)
    filename: Mapped[str] = mapped_column(sa.String(255))
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger())
    kind: Mapped[str] = mapped_column(sa.String(16))

    analysis: Mapped[Analysis] = relationship(back_populates="files")


class AnalysisTag(Base):
    """Denormalised facts of a finished analysis, for filtering: categories present and flags."""

    __tablename__ = "analysis_tags"

    analysis_id: Mapped[str] = mapped_column(sa.ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16), primary_key=True)  # 'category' | 'flag'
    value: Mapped[str] = mapped_column(sa.String(100), primary_key=True)

    __table_args__ = (sa.Index("ix_analysis_tags_kind_value", "kind", "value"),)


# --------------------------------------------------------------------------- database


def make_engine(settings: Settings) -> Engine:
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_database(settings: Settings, engine: Engine | None = None) -> None:
    """Bring the schema to the latest migration (`alembic upgrade head`)."""
    from alembic import command

    if settings.sqlalchemy_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    cfg = alembic_config(settings.sqlalchemy_url)
    own = engine is None
    engine = engine or make_engine(settings)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        if own:
            engine.dispose()


# --------------------------------------------------------------------------- file store


class BlobStore:
    """Uploaded files, stored once under `blobs/ab/abcdef…` by their SHA-256."""

    def __init__(self, root: Path):
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("empreinte invalide")
        return self.root / sha256[:2] / sha256

    def put_stream(self, stream: BinaryIO, *, limit: int | None = None) -> tuple[str, int, Path]:
        """Copy a stream into the store; returns (sha256, size, path). Raises OverflowError past `limit`."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".upload-", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(1024 * 1024):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise OverflowError(size)
                    digest.update(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            final = self.path_for(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, final)
            return sha, size, final
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def delete(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        with contextlib.suppress(OSError):
            path.parent.rmdir()
        return True

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def materialise(self, sha256: str, target: Path) -> None:
        """Give a blob its real file name (hard link, or copy across file systems)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = self.path_for(sha256)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


def iter_chunks(path: Path, size: int = 1024 * 1024) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(size):
            yield chunk
