#!/usr/bin/env bash
# Set up everything the tests need and run them. This is the test command of the README and of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
if [ "${CI:-}" = "true" ]; then
  export CLAUSECHECK_REQUIRE_BROWSER=1
  export CLAUSECHECK_REQUIRE_TESSERACT=1  # the OCR tests run in CI, never skip there
  if [ -f .ci/postgres.sh ] && [ "$(id -u)" = "0" ]; then
    CLAUSECHECK_TEST_POSTGRES_URL=$(bash .ci/postgres.sh | tail -n 1)
    export CLAUSECHECK_TEST_POSTGRES_URL
  fi
fi
# Lint and types first: a few seconds, and they say what is wrong before the long run does.
if ! .venv/bin/ruff check --quiet clausecheck api scripts benchmarks tests; then
  echo "test : ruff signale des erreurs de style ou des bogues probables (ci-dessus) ; corrigez-les, ou lancez" >&2
  echo "       .venv/bin/ruff check --fix pour celles qu'il sait corriger seul." >&2
  exit 1
fi
if ! .venv/bin/mypy; then
  echo "test : mypy signale des erreurs de typage (ci-dessus) : clausecheck/ et api/ doivent rester bien typés." >&2
  exit 1
fi
.venv/bin/clausecheck rules test
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
