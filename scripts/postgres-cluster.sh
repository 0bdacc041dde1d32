#!/bin/sh
# A throwaway PostgreSQL cluster for the test suite: `start DIR` installs Debian's
# postgresql when it is missing and we are root, runs initdb into DIR, starts the server on
# a unix socket in DIR (no TCP) and prints the URL to use as THREADLINE_TEST_POSTGRES;
# `stop DIR` stops it and removes DIR. Always exits 0 on `start`: when PostgreSQL cannot be
# installed or started, it prints nothing on stdout and the PostgreSQL runs of the tests
# skip with a message saying why.
set -u
ACTION="${1:-}"
DIR="${2:-}"
if [ -z "$ACTION" ] || [ -z "$DIR" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
find_bin() {
    for candidate in /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/initdb" ]; then echo "$candidate"; return 0; fi
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
    return 1
}
# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
as_owner() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$ACTION" = "stop" ]; then
    BIN="$(find_bin)" || exit 0
    [ -d "$DIR/data" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$DIR"
    exit 0
fi
BIN="$(find_bin)"
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "postgres-cluster: installing Debian's postgresql for the PostgreSQL test run" >&2
        timeout 900 apt-get install -y -q postgresql >/dev/null 2>&1 \
            || (timeout 300 apt-get update -q >/dev/null 2>&1 \
                && timeout 900 apt-get install -y -q postgresql >/dev/null 2>&1)
        BIN="$(find_bin)"
    fi
fi
if [ -z "$BIN" ]; then
    echo "postgres-cluster: PostgreSQL is not installed and apt-get as root is not available;" \
         "the PostgreSQL test run will be skipped (apt-get install postgresql)" >&2
    exit 0
fi
mkdir -p "$DIR"
if [ "$(id -u)" = "0" ]; then chown postgres "$DIR"; fi
if ! as_owner "$BIN/initdb" -D "$DIR/data" -U threadline -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1; then
    echo "postgres-cluster: initdb failed (see $DIR/initdb.log); PostgreSQL tests will be skipped" >&2
    exit 0
fi
if ! as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-k $DIR -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
    echo "postgres-cluster: the server did not start (see $DIR/server.log); PostgreSQL tests will be skipped" >&2
    exit 0
fi
echo "postgresql://threadline@/postgres?host=$DIR"
