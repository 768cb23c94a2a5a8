"""What the service's commands do: serve, and API key management.

The commands themselves (`clausecheck serve`, `clausecheck api-key …`) are declared in api/cli.py,
which the main command line loads through the `clausecheck.commands` entry point group.
"""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa

from api import auth
from api.settings import Settings
from api.storage import ApiKey, make_engine, make_session_factory, upgrade_database


def _sessions(settings: Settings | None = None):
    settings = settings or Settings.from_env()
    engine = make_engine(settings)
    upgrade_database(settings, engine)
    return engine, make_session_factory(engine)


def serve(host: str = "127.0.0.1", port: int = 8000, *, workers: int | None = None,
          data_dir: str | None = None, log_level: str = "info") -> None:
    """Run the API with uvicorn (one process; analyses run in CLAUSECHECK_WORKERS worker processes)."""
    import uvicorn

    from api.app import create_app

    settings = Settings.from_env()
    if workers:
        settings = replace(settings, workers=max(1, workers))
    if data_dir:
        from pathlib import Path

        settings = replace(settings, data_dir=Path(data_dir))
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)


def create_api_key(org: str, settings: Settings | None = None) -> str:
    """Create an API key for an organisation; the clear key is returned once and never stored."""
    engine, sessions = _sessions(settings)
    try:
        with sessions() as s:
            _, key = auth.issue_key(s, org)
            s.commit()
        return key
    finally:
        engine.dispose()


def revoke_api_key(key_id_or_prefix: str, settings: Settings | None = None) -> bool:
    """Revoke a key by its id, its prefix, or the key itself. False if none was active."""
    engine, sessions = _sessions(settings)
    try:
        with sessions() as s:
            done = auth.revoke(s, key_id_or_prefix)
            s.commit()
        return done
    finally:
        engine.dispose()


def list_api_keys(settings: Settings | None = None) -> list[dict]:
    engine, sessions = _sessions(settings)
    try:
        with sessions() as s:
            return [auth.describe(r) for r in s.scalars(sa.select(ApiKey).order_by(ApiKey.created_at))]
    finally:
        engine.dispose()
