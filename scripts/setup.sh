#!/usr/bin/env bash
# Set up a fresh machine: a virtualenv in .venv with clausecheck and its dependencies, and Tesseract
# (Debian tesseract-ocr, its French model and its orientation detection) for the OCR of scanned pages.
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

apt_updated=""
apt_install() {  # root only; one `apt-get update` per run
  if [ -z "$apt_updated" ]; then
    apt-get update -qq || return 1
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
can_apt() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }

TESSERACT_PACKAGES="tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd"
tesseract_ready() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local langs
  langs=$(tesseract --list-langs 2>/dev/null) || return 1
  grep -qx fra <<<"$langs" && grep -qx osd <<<"$langs"
}
if ! tesseract_ready; then
  if can_apt; then
    # shellcheck disable=SC2086
    apt_install $TESSERACT_PACKAGES \
      || echo "setup : Tesseract n'a pas pu être installé ; les pages numérisées resteront « inconnues »." >&2
  else
    echo "setup : Tesseract (lecture OCR des pages numérisées) n'est pas installé. Installez-le avec" >&2
    echo "        sudo apt-get install $TESSERACT_PACKAGES   (Debian, Ubuntu)" >&2
    echo "        Sans lui, l'analyse fonctionne mais les documents numérisés restent « inconnus »." >&2
  fi
fi

if [ "${1:-}" = "--test" ] && ! command -v chromium >/dev/null 2>&1; then
  if can_apt; then
    apt_install chromium \
      || echo "setup : Chromium n'a pas pu être installé (apt-get) : les tests navigateur seront ignorés hors CI" >&2
  else
    echo "setup : Chromium absent, et sans droits root il n'est pas installé : les tests navigateur seront ignorés." >&2
    echo "        Pour les lancer : sudo apt-get install -y chromium" >&2
  fi
fi
