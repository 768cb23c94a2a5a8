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
.venv/bin/clausecheck rules test
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
