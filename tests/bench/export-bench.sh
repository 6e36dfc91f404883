#!/usr/bin/env bash
# Export benchmark (issue 4): a generated 10,000-article portal exported by PortalDesk,
# then the same content built by Hugo with an equivalent minimal theme, on this machine.
# Usage: [BUILD_DIR=build] tests/bench/export-bench.sh [ARTICLES]   (a release build, e.g. after scripts/test)
set -euo pipefail
count=${1:-10000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
command -v hugo >/dev/null || { echo "installing hugo (Debian package)"; apt-get install -y -qq hugo >/dev/null; }
build=${BUILD_DIR:-build}
cmake --build "$build" --target portaldesk-cli export_bench >/dev/null
work=$(mktemp -d /tmp/portaldesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
bin=$build/bin
bench=$build/tests/bench/export_bench
[ -x "$bench" ] || bench=$(find "$build" -name export_bench -type f | head -1)

echo "generating $count articles in $work"
"$bench" generate "$work" "$count"
/usr/bin/time -f "load: %e s, peak %M KB" "$bin/portaldesk-cli" load --db "$work/bench.sqlite" "$work/portal.json" >/dev/null
at=2030-01-01T00:00:00Z

echo "PortalDesk full export (all cores):"
/usr/bin/time -f "  wall %e s, peak memory %M KB" "$bin/portaldesk-cli" export --db "$work/bench.sqlite" --out "$work/bundle" --at "$at" 2>&1 | sed 's/^/  /'
pages=$(find "$work/bundle" -name '*.html' | wc -l)
echo "  $pages HTML pages"

echo "PortalDesk incremental export after editing one article:"
"$bench" touch "$work/bench.sqlite" b-00042
/usr/bin/time -f "  wall %e s (process included), peak memory %M KB" "$bin/portaldesk-cli" export --db "$work/bench.sqlite" --out "$work/bundle" --at "$at" --incremental 2>&1 | sed 's/^/  /'

echo "Hugo $(hugo version | cut -d' ' -f2) build of the same content:"
/usr/bin/time -f "  wall %e s, peak memory %M KB" hugo --source "$work/hugo" --destination "$work/hugo-out" --quiet 2>&1 | sed 's/^/  /'
echo "  $(find "$work/hugo-out" -name '*.html' | wc -l) HTML pages"
