#!/usr/bin/env bash
# tests/postgres/run.sh -- make test-postgres: a throwaway PostgreSQL
# cluster for the PostgreSQL face (docs/postgres.md).
#
#   tests/postgres/run.sh PG_CONFIG SQLITE_LIB
#
# initdb in a temporary folder under build/pgdata (or /tmp when the
# postgres user cannot reach the worktree), a server on a free port that
# listens on its own Unix socket only, CREATE EXTENSION textkit, then
# run_cases.py (the shared cases through psql and the sqlite3 shell, and
# the PostgreSQL-only checks).  The server is stopped and the folder
# removed on any exit (trap).  Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_CONFIG=${1:-pg_config}
SQLITE_LIB=${2:-dist/textkit.so}
BIN=$("$PG_CONFIG" --bindir)

# As root, the server runs as Debian's postgres user (from /, which it can
# always enter).
if [ "$(id -u)" = 0 ]; then
  RUNAS=(runuser -u postgres -- env -C /)
else
  RUNAS=()
fi

mkdir -p build/pgdata
BASE=$(mktemp -d "$PWD/build/pgdata/run.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$BASE"
  if ! "${RUNAS[@]}" test -w "$BASE" || [ ${#BASE} -gt 80 ]; then
    rm -rf "$BASE"
    BASE=$(mktemp -d /tmp/textkit-pg.XXXXXX)
    chown postgres: "$BASE"
    echo "test-postgres: the cluster is in $BASE (the postgres user cannot use build/pgdata)"
  fi
fi
chmod 700 "$BASE"

stop() {
  "${RUNAS[@]}" "$BIN/pg_ctl" -D "$BASE/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$BASE"
}
trap stop EXIT

PORT=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${RUNAS[@]}" "$BIN/initdb" -D "$BASE/data" -U postgres -A trust -E UTF8 \
  --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 || { cat "$BASE/initdb.log"; exit 1; }
"${RUNAS[@]}" "$BIN/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w -t 60 \
  -o "-p $PORT -k $BASE -c listen_addresses= -c fsync=off" start >/dev/null \
  || { cat "$BASE/server.log"; exit 1; }

/usr/bin/python3 tests/postgres/run_cases.py --psql "$BIN/psql" --host "$BASE" \
  --port "$PORT" --lib "$SQLITE_LIB"
