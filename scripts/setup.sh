#!/usr/bin/env bash
# Set up a fresh machine: a virtualenv in .venv with clausecheck and its dependencies.
# Usage: bash scripts/setup.sh [--api | --distributed | --test]
#   (nothing)      the command line: clausecheck scan, report, rules…
#   --api          the command line and the HTTP API (clausecheck serve, clausecheck api-key): extra « api »
#   --distributed  the command line and Dask (clausecheck scan --scheduler, dask scheduler, dask worker): extra « distributed »
#   --test         what the tests need: extra « test » (which brings « api », « postgres » and « distributed ») and Debian's chromium
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") TARGET="." ;;
  --api) TARGET=".[api]" ;;
  --distributed) TARGET=".[distributed]" ;;
  --test) TARGET=".[test]" ;;
  *) echo "setup : option inconnue « $1 » (attendu : rien, --api, --distributed ou --test)" >&2; exit 2 ;;
esac
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e "$TARGET"
if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "setup: chromium non installé (tests navigateur ignorés hors CI)" >&2
  fi
fi
