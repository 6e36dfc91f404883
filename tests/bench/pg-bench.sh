#!/usr/bin/env bash
# The newsroom server against the local file (issue 13): the generated 10,000-article portal
# loaded into PostgreSQL and into SQLite, then full and one-article incremental exports from
# each, taking turns so that a busy machine slows both alike. The HTML pages must come out
# the same; feeds, sitemap and manifest carry the time each load stamped on the articles, so
# they differ here (tests/core/publish compares whole bundles with the times pinned). The
# server is a throwaway one on 127.0.0.1 (scripts/pg-test-server), as in the tests.
# Usage: [BUILD_DIR=build] [RUNS=3] tests/bench/pg-bench.sh [ARTICLES]
# (a release build, e.g. after scripts/test). Prints each run, then medians and ratios.
set -euo pipefail
count=${1:-10000}
runs=${RUNS:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
build=${BUILD_DIR:-build}
cmake --build "$build" --target portaldesk-cli export_bench >/dev/null
cli=$build/bin/portaldesk-cli
bench=$build/bin/export_bench
work=$(mktemp -d /tmp/portaldesk-pgbench.XXXXXX)
server=$(mktemp -d /tmp/portaldesk-pgbench-server.XXXXXX)
trap 'scripts/pg-test-server stop "$server" >/dev/null 2>&1 || true; rm -rf "$work" "$server"' EXIT
scripts/pg-test-server start "$server" >"$work/env"
# shellcheck disable=SC1091
. "$work/env"
psql -q "$PORTALDESK_TEST_PG_URL" -c "CREATE DATABASE bench"
url="postgresql://$PORTALDESK_TEST_PG_USER@$PORTALDESK_TEST_PG_HOST:$PORTALDESK_TEST_PG_PORT/bench"
file=$work/bench.sqlite
at=2030-01-01T00:00:00Z

timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }; read -r wall peak <"$work/time"; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

echo "generating $count articles in $work; server on port $PORTALDESK_TEST_PG_PORT"
"$bench" generate "$work" "$count"
timed "$cli" load --db "$file" "$work/portal.json"
load_sqlite=$wall
echo "load into SQLite: $wall s, peak $((peak / 1024)) MB"
timed "$cli" load --db "$url" "$work/portal.json"
load_pg=$wall
echo "load into PostgreSQL: $wall s (client), peak $((peak / 1024)) MB"

# The first export of each converts every Chinese article to Simplified and keeps it.
for db in "$file" "$url"; do timed "$cli" export --db "$db" --out "$work/first" --at "$at"; rm -rf "$work/first"; done

full_sqlite= full_pg=
for run in $(seq "$runs"); do
    timed "$cli" export --db "$file" --out "$work/sqlite-$run" --at "$at"
    full_sqlite="$full_sqlite $wall"
    timed "$cli" export --db "$url" --out "$work/pg-$run" --at "$at"
    full_pg="$full_pg $wall"
    echo "full export, run $run: SQLite ${full_sqlite##* } s, PostgreSQL $wall s (peak $((peak / 1024)) MB)"
    diff -r -q -x manifest.json -x "*.xml" "$work/sqlite-$run" "$work/pg-$run" || { echo "the two bundles differ"; exit 1; }
    [ "$run" = 1 ] || rm -rf "$work/sqlite-$run" "$work/pg-$run"
done

inc_sqlite= inc_pg=
for id in b-00042 b-00043 b-00044 b-00045 b-00046; do # zh-Hant and English in turn
    "$bench" touch "$file" "$id"
    timed "$cli" export --db "$file" --out "$work/sqlite-1" --at "$at" --incremental
    inc_sqlite="$inc_sqlite $wall"
    "$bench" touch "$url" "$id"
    timed "$cli" export --db "$url" --out "$work/pg-1" --at "$at" --incremental
    inc_pg="$inc_pg $wall"
    echo "incremental export after editing $id: SQLite ${inc_sqlite##* } s, PostgreSQL $wall s"
done
diff -r -q -x manifest.json -x "*.xml" "$work/sqlite-1" "$work/pg-1" || { echo "the two bundles differ after the edits"; exit 1; }

fs=$(echo "$full_sqlite" | median) fp=$(echo "$full_pg" | median)
is=$(echo "$inc_sqlite" | median) ip=$(echo "$inc_pg" | median)
echo
echo "summary ($count articles; medians; the pages of both engines are byte-identical):"
echo "  load:                  SQLite $load_sqlite s, PostgreSQL $load_pg s, ratio $(ratio "$load_pg" "$load_sqlite")"
echo "  full export:           SQLite $fs s, PostgreSQL $fp s, ratio $(ratio "$fp" "$fs") (goal: at most 1.50)"
echo "  incremental export:    SQLite $is s, PostgreSQL $ip s, ratio $(ratio "$ip" "$is") (goal: at most 1.50)"
