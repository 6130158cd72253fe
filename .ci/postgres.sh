#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's packages) on loopback for the store tests and exports
# CASUS_TEST_PG. Called by .ci/services.sh; a developer may source it:   . .ci/postgres.sh
# Idempotent: reuses a running server on the same port. Needs Debian's postgresql installed.
# Env: CASUS_PG_PORT (default 55432), CASUS_PG_DIR (default /tmp/casus-pg-$CASUS_PG_PORT).
set -euo pipefail
CASUS_PG_PORT="${CASUS_PG_PORT:-55432}"
CASUS_PG_DIR="${CASUS_PG_DIR:-/tmp/casus-pg-$CASUS_PG_PORT}"

pg_bin() {
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/postgres" ] && echo "/usr/lib/postgresql/$v/bin"
}

# Installing is .ci/services.sh's job (one place, as root or sudo -n); here a missing server is one line.
if [ -z "$(pg_bin)" ]; then
  echo "postgres.sh: Debian's postgresql is not installed (./test.sh installs it through .ci/services.sh)" >&2
  return 1 2>/dev/null || exit 1
fi
BIN="$(pg_bin)"

# initdb refuses to run as root: run the server as the 'postgres' account the package creates.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! as_pg "$BIN/pg_ctl" -D "$CASUS_PG_DIR" status >/dev/null 2>&1; then
  if [ ! -f "$CASUS_PG_DIR/PG_VERSION" ]; then
    mkdir -p "$CASUS_PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$CASUS_PG_DIR"
    as_pg "$BIN/initdb" -D "$CASUS_PG_DIR" -U postgres -A trust --no-sync >/dev/null
  fi
  as_pg "$BIN/pg_ctl" -D "$CASUS_PG_DIR" -l "$CASUS_PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $CASUS_PG_PORT -k /tmp -c fsync=off -c max_connections=100" start >/dev/null
fi

as_pg "$BIN/psql" -h 127.0.0.1 -p "$CASUS_PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='casus_test'" | grep -q 1 \
  || as_pg "$BIN/createdb" -h 127.0.0.1 -p "$CASUS_PG_PORT" -U postgres casus_test

export CASUS_TEST_PG="Host=127.0.0.1;Port=$CASUS_PG_PORT;Username=postgres;Database=casus_test"
echo "PostgreSQL on 127.0.0.1:$CASUS_PG_PORT, CASUS_TEST_PG=$CASUS_TEST_PG"
# To stop it: runuser -u postgres -- "$BIN/pg_ctl" -D "$CASUS_PG_DIR" stop
