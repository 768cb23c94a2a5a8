"""The commands the API adds to `clausecheck`: `serve` and `api-key {create,list,revoke}`.

pyproject.toml declares `register` as the entry point `api` of the group `clausecheck.commands`;
the command line (clausecheck/interfaces/cli.py) loads that group and never imports `api` itself.
`python -m api.cli serve|api-key …` runs the same commands without it.

This module needs nothing but the standard library (and the core's French parser, itself standard library
only), so the commands are listed, and `--help`
works, without the API's dependencies; running one without them says in French how to install
them (`pip install "clausecheck[api]"`) and exits with code 2 (usage error). What the commands do
is in api/admin.py (`serve`, `create_api_key`, `revoke_api_key`, `list_api_keys`, also reachable
from here for existing callers).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from typing import Any

from clausecheck.interfaces.cli_support import FrenchParser, whole_number

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Import name -> distribution of the `api` extra (pyproject.toml).
API_DEPENDENCIES = {
    "fastapi": "fastapi",
    "uvicorn": "uvicorn",
    "python_multipart": "python-multipart",
    "sqlalchemy": "sqlalchemy",
    "alembic": "alembic",
    "fastapi_offline": "fastapi-offline",
}
INSTALL_HINT = 'pip install "clausecheck[api]"'


def missing_dependencies() -> list[str]:
    """Distributions of the `api` extra that cannot be imported here."""
    missing = []
    for module, distribution in API_DEPENDENCIES.items():
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(distribution)
    return missing


def _needs_api(command: Callable[[Any], int]) -> Callable[[Any], int]:
    """Run `command` only when the API's dependencies are installed; otherwise say how to get them."""

    def run(args: Any) -> int:
        missing = missing_dependencies()
        if missing:
            print(f"clausecheck : la commande « {args.command} » a besoin des dépendances de l'API, qui ne sont "
                  f"pas installées ({', '.join(missing)}).\n"
                  f"Installez-les avec : {INSTALL_HINT}\n"
                  "(depuis le dépôt : bash scripts/setup.sh --api)", file=sys.stderr)
            return EXIT_USAGE
        return command(args)

    return run


@_needs_api
def _serve(args: Any) -> int:
    from api.admin import serve

    serve(args.host, args.port, workers=args.workers, data_dir=args.data_dir)
    return EXIT_OK


@_needs_api
def _key_create(args: Any) -> int:
    from api.admin import create_api_key

    print(create_api_key(args.org))
    print("Conservez cette clé : elle ne sera plus jamais affichée.", file=sys.stderr)
    return EXIT_OK


@_needs_api
def _key_revoke(args: Any) -> int:
    from api.admin import revoke_api_key

    if revoke_api_key(args.key):
        print("Clé révoquée.", file=sys.stderr)
        return EXIT_OK
    print("Aucune clé active ne correspond.", file=sys.stderr)
    return EXIT_FAILED


@_needs_api
def _key_list(args: Any) -> int:
    from api.admin import list_api_keys

    keys = list_api_keys()
    if args.json:
        print(json.dumps(keys, ensure_ascii=False, indent=2))
        return EXIT_OK
    for k in keys:
        state = "active" if k["active"] else f"révoquée le {k['revoked_at']}"
        print(f"{k['id']}  {k['prefix']}  {k['org']}  créée le {k['created_at']}  {state}")
    if not keys:
        print("Aucune clé.", file=sys.stderr)
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add `serve` and `api-key {create,revoke,list}` to an argparse subparsers object; each sets
    `func`, the handler that returns the exit code."""
    serve = subparsers.add_parser("serve", help="démarrer l'API HTTP (dépendances : clausecheck[api])")
    serve.add_argument("--host", default="127.0.0.1", metavar="ADRESSE", help="adresse d'écoute (127.0.0.1 par défaut)")
    serve.add_argument("--port", type=whole_number, default=8000, metavar="PORT", help="port d'écoute (8000 par défaut)")
    serve.add_argument("--workers", type=whole_number, default=None, metavar="N",
                       help="analyses en parallèle (CLAUSECHECK_WORKERS)")
    serve.add_argument("--data-dir", default=None, metavar="DOSSIER", help="dossier de données (CLAUSECHECK_DATA_DIR)")
    serve.set_defaults(func=_serve)

    keys = subparsers.add_parser("api-key", help="gérer les clés d'API (dépendances : clausecheck[api])")
    keys_sub = keys.add_subparsers(dest="api_key_command", required=True, metavar="ACTION", title="actions")
    create = keys_sub.add_parser("create", help="créer une clé (affichée une seule fois)")
    create.add_argument("--org", required=True, metavar="ORGANISATION", help="organisation à qui la clé donne accès")
    create.set_defaults(func=_key_create)
    revoke = keys_sub.add_parser("revoke", help="révoquer une clé (identifiant, préfixe ou clé)")
    revoke.add_argument("key", metavar="CLÉ", help="identifiant, préfixe ou clé")
    revoke.set_defaults(func=_key_revoke)
    listing = keys_sub.add_parser("list", help="lister les clés")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=_key_list)


def main(argv: list[str] | None = None) -> int:
    """`python -m api.cli serve|api-key …`, without the main command line."""
    parser = FrenchParser(prog="clausecheck-api", description="API HTTP de clausecheck")
    register(parser.add_subparsers(dest="command", required=True, metavar="COMMANDE", title="commandes"))
    args = parser.parse_args(argv)
    return int(args.func(args))


_ADMIN = ("serve", "create_api_key", "revoke_api_key", "list_api_keys")


def __getattr__(name: str) -> Any:  # `from api.cli import create_api_key`, as before api/admin.py
    if name in _ADMIN:
        from api import admin

        return getattr(admin, name)
    raise AttributeError(name)


if __name__ == "__main__":
    sys.exit(main())
