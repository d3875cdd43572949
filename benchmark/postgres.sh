#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the benchmark: initdb into a temporary directory, own port.
#   benchmark/postgres.sh start|stop|psql [args]
# Environment: BENCH_PG_BIN (default /usr/lib/postgresql/15/bin), BENCH_PG_PORT (5433),
#              BENCH_PG_DATA (/tmp/route071-bench-pg). Database and user: route071 / route071 (trust, local only).
# PostgreSQL refuses to run as root; as root the server runs as the user "postgres".
set -euo pipefail
PGBIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${BENCH_PG_PORT:-5433}
DATA=${BENCH_PG_DATA:-/tmp/route071-bench-pg}

als_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ ! -s "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = 0 ] && chown postgres "$DATA"
      als_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      {
        echo "listen_addresses = 'localhost'"
        echo "port = $PORT"
        echo "unix_socket_directories = '/tmp'"
        echo "max_connections = 100"
        # seeding writes millions of rows in a few statements: checkpoints every 20 s slowed it (server.log hint)
        echo "max_wal_size = 8GB"
        echo "checkpoint_timeout = 30min"
      } >>"$DATA/postgresql.conf"
    fi
    # a cluster that is already running (BENCH_KEEP=1 after a seed by hand) is used as it is
    als_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 \
      || als_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w start >/dev/null
    als_pg "$PGBIN/psql" -h /tmp -p "$PORT" -U postgres -qtAc \
      "select 1 from pg_roles where rolname='route071'" | grep -q 1 \
      || als_pg "$PGBIN/psql" -h /tmp -p "$PORT" -U postgres -qc "create user route071 password 'route071' createdb"
    echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PORT, data in $DATA"
    ;;
  stop)
    als_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true
    ;;
  destroy)
    als_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
    ;;
  psql)
    shift
    "$PGBIN/psql" -h localhost -p "$PORT" -U route071 "$@"
    ;;
  *)
    echo "usage: $0 start|stop|destroy|psql [args]" >&2; exit 2 ;;
esac
