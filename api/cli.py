"""Command-line entry points of the service: serve, and API key management.

Wire into the main CLI with `api.cli.register(subparsers)` (adds `serve` and `api-key`), or run
`python -m api.cli serve|api-key ...` directly.
"""

from __future__ import annotations

import argparse
import json
import sys
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


# --------------------------------------------------------------------------- argparse wiring


def _cmd_serve(args) -> int:
    serve(args.host, args.port, workers=args.workers, data_dir=args.data_dir)
    return 0


def _cmd_key_create(args) -> int:
    key = create_api_key(args.org)
    print(key)
    print("Conservez cette clé : elle ne sera plus jamais affichée.", file=sys.stderr)
    return 0


def _cmd_key_revoke(args) -> int:
    if revoke_api_key(args.key):
        print("Clé révoquée.", file=sys.stderr)
        return 0
    print("Aucune clé active ne correspond.", file=sys.stderr)
    return 1


def _cmd_key_list(args) -> int:
    keys = list_api_keys()
    if args.json:
        print(json.dumps(keys, ensure_ascii=False, indent=2))
        return 0
    for k in keys:
        state = "active" if k["active"] else f"révoquée le {k['revoked_at']}"
        print(f"{k['id']}  {k['prefix']}  {k['org']}  créée le {k['created_at']}  {state}")
    return 0


def register(subparsers) -> None:
    """Add `serve` and `api-key {create,revoke,list}` to an argparse subparsers object."""
    p = subparsers.add_parser("serve", help="lancer l'API HTTP")
    p.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (127.0.0.1 par défaut)")
    p.add_argument("--port", type=int, default=8000, help="port d'écoute (8000 par défaut)")
    p.add_argument("--workers", type=int, default=None, help="analyses en parallèle (CLAUSECHECK_WORKERS)")
    p.add_argument("--data-dir", default=None, help="dossier de données (CLAUSECHECK_DATA_DIR)")
    p.set_defaults(func=_cmd_serve)

    k = subparsers.add_parser("api-key", help="gérer les clés d'API")
    ks = k.add_subparsers(dest="api_key_command", required=True)
    c = ks.add_parser("create", help="créer une clé (affichée une seule fois)")
    c.add_argument("--org", required=True, help="organisation à qui la clé donne accès")
    c.set_defaults(func=_cmd_key_create)
    r = ks.add_parser("revoke", help="révoquer une clé (identifiant, préfixe ou clé)")
    r.add_argument("key")
    r.set_defaults(func=_cmd_key_revoke)
    ls = ks.add_parser("list", help="lister les clés")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_cmd_key_list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clausecheck-api", description="API HTTP de clausecheck")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
