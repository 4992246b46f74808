#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print its URL.
# Installs Debian's packages when the server binaries are missing (CI machines start bare).
# Usage: scripts/postgres.sh [DATA_DIR] [PORT]   (defaults: /tmp/accords-pg, 55432)
#        scripts/postgres.sh --stop [DATA_DIR]     stops that server
set -euo pipefail
STOP=0
if [ "${1:-}" = "--stop" ]; then STOP=1; shift; fi
DATA=${1:-/tmp/accords-pg}
PORT=${2:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""
    [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && SUDO="sudo -E"
    ($SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql) >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# the server refuses to run as root: run it as the postgres user when we are root
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$STOP" = 1 ]; then
    as_pg "$bindir/pg_ctl" -D "$DATA" -m fast stop
    exit 0
fi
if as_pg "$bindir/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo "postgresql://accords@127.0.0.1:$PORT/accords"
    exit 0
fi
rm -rf "$DATA"
mkdir -p "$DATA"
[ "$(id -u)" = 0 ] && chown postgres: "$DATA"
as_pg "$bindir/initdb" -D "$DATA" -U accords -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bindir/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_pg "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U accords accords
echo "postgresql://accords@127.0.0.1:$PORT/accords"
