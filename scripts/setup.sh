#!/usr/bin/env bash
# Set up a fresh machine: a virtualenv in .venv with clausecheck and its dependencies.
# Usage: bash scripts/setup.sh [--api | --test]
#   (nothing)  the command line: clausecheck scan, report, rules…
#   --api      the command line and the HTTP API (clausecheck serve, clausecheck api-key): extra « api »
#   --test     what the tests need: extra « test » (which brings « api » and « postgres ») and Debian's chromium
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") TARGET="." ;;
  --api) TARGET=".[api]" ;;
  --test) TARGET=".[test]" ;;
  *) echo "setup : option inconnue « $1 » (attendu : rien, --api ou --test)" >&2; exit 2 ;;
esac
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e "$TARGET"
if [ "${1:-}" = "--test" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "setup : Chromium n'a pas pu être installé (apt-get) : les tests navigateur seront ignorés hors CI" >&2
  else
    echo "setup : Chromium absent, et sans droits root il n'est pas installé : les tests navigateur seront ignorés." >&2
    echo "        Pour les lancer : sudo apt-get install -y chromium" >&2
  fi
fi
