#!/bin/sh
# Run a command (the test suite) next to a throwaway PostgreSQL cluster: start one with
# scripts/postgres-cluster.sh in a new temporary folder, export its URL as
# THREADLINE_TEST_POSTGRES while the command runs, then stop it and remove the folder.
# When PostgreSQL cannot be installed or started, the command runs anyway and the
# PostgreSQL runs of the tests skip with a message saying why. Exits with the command's code.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="$(mktemp -d "${TMPDIR:-/tmp}/threadline-pg.XXXXXX")"
URL="$(sh "$HERE/postgres-cluster.sh" start "$DIR")"
if [ -n "$URL" ]; then
    echo "with-postgres: tests also run on PostgreSQL ($URL)" >&2
    THREADLINE_TEST_POSTGRES="$URL"
    export THREADLINE_TEST_POSTGRES
fi
"$@"
STATUS=$?
sh "$HERE/postgres-cluster.sh" stop "$DIR"
exit $STATUS
