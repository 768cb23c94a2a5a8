#!/usr/bin/env bash
# Start a local PostgreSQL for the API tests and print the URL to use (only that, on stdout).
#   export CLAUSECHECK_TEST_POSTGRES_URL="$(bash .ci/postgres.sh)"
# Installs Debian's postgresql when missing (needs root), starts (or creates) a cluster listening
# on 127.0.0.1 only, and creates a user and a database it owns. Idempotent.
set -euo pipefail
exec 3>&1 1>&2

DB_USER="${CLAUSECHECK_PG_USER:-clausecheck}"
DB_PASS="${CLAUSECHECK_PG_PASSWORD:-clausecheck}"
DB_NAME="${CLAUSECHECK_PG_DB:-clausecheck_test}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$VERSION" main -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null 3>&-
fi
CONF="/etc/postgresql/$VERSION/main/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$CONF"; then
  echo "listen_addresses = '127.0.0.1'" >> "$CONF"
fi
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}')"
if [ "$STATUS" != "online" ]; then
  # The server must not keep this script's stdout or stderr open (callers capture them).
  if ! pg_ctlcluster "$VERSION" main start >/tmp/clausecheck-postgres-start.log 2>&1 3>&- </dev/null; then
    cat /tmp/clausecheck-postgres-start.log
    exit 1
  fi
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"

for _ in $(seq 1 30); do
  if su postgres -c "psql -p $PORT -tAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -tAc \"$1\""; }
if [ "$(psql_admin "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
  psql_admin "create role $DB_USER login password '$DB_PASS'"
else
  psql_admin "alter role $DB_USER login password '$DB_PASS'" >/dev/null
fi
if [ "$(psql_admin "select 1 from pg_database where datname = '$DB_NAME'")" != "1" ]; then
  psql_admin "create database $DB_NAME owner $DB_USER"
fi
su postgres -c "psql -p $PORT -d $DB_NAME -v ON_ERROR_STOP=1 -tAc 'alter schema public owner to $DB_USER'" >/dev/null

echo "postgresql://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME" >&3
