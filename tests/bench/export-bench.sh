#!/usr/bin/env bash
# Export benchmark (issue 4): a generated 10,000-article portal exported by PortalDesk,
# then the same content built by Hugo with an equivalent minimal theme, on this machine.
# Usage: [BUILD_DIR=build] [RUNS=3] tests/bench/export-bench.sh [ARTICLES]
# (a release build, e.g. after scripts/test). Every export goes into a new, empty
# folder, as Hugo's does. Prints each run; compare runs made while the machine is idle.
set -euo pipefail
count=${1:-10000}
runs=${RUNS:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
command -v hugo >/dev/null || { echo "installing hugo (Debian package)"; apt-get install -y -qq hugo >/dev/null; }
build=${BUILD_DIR:-build}
cmake --build "$build" --target portaldesk-cli export_bench >/dev/null
work=$(mktemp -d /tmp/portaldesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cli=$build/bin/portaldesk-cli
bench=$build/bin/export_bench
[ -x "$bench" ] || bench=$(find "$build" -name export_bench -type f | head -1)
at=2030-01-01T00:00:00Z
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }; read -r wall peak <"$work/time"; }

echo "generating $count articles in $work"
"$bench" generate "$work" "$count"
timed "$cli" load --db "$work/bench.sqlite" "$work/portal.json"
echo "load: ${wall} s, peak $((peak / 1024)) MB"

timed "$cli" export --db "$work/bench.sqlite" --out "$work/cold" --at "$at"
echo "PortalDesk full export, first (converts every Chinese article to Simplified): ${wall} s, peak $((peak / 1024)) MB"
echo "  $(cat "$work/out")"
echo "  $(find "$work/cold" -name '*.html' | wc -l) HTML pages"

best=
for run in $(seq "$runs"); do
    timed "$cli" export --db "$work/bench.sqlite" --out "$work/full-$run" --at "$at" --timings
    echo "PortalDesk full export (conversions kept from earlier exports), run $run: ${wall} s, peak $((peak / 1024)) MB"
    [ "$run" != 1 ] || sed 's/^/  /' "$work/out"
    [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}" && best=$wall && bestpeak=$peak
done
pages=$(find "$work/full-1" -name '*.html' | wc -l)

incbest=
incwalls=
for id in b-00042 b-00043 b-00044 b-00045 b-00046; do # zh-Hant and English in turn
    "$bench" touch "$work/bench.sqlite" "$id"
    timed "$cli" export --db "$work/bench.sqlite" --out "$work/full-1" --at "$at" --incremental --timings
    echo "PortalDesk incremental export after editing $id: ${wall} s (whole process), peak $((peak / 1024)) MB"
    sed 's/^/  /' "$work/out"
    [ -z "$incbest" ] || awk "BEGIN{exit !($wall < $incbest)}" && incbest=$wall
    incwalls="$incwalls $wall"
done
incmedian=$(echo $incwalls | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')

hbest=
for run in $(seq "$runs"); do
    timed hugo --source "$work/hugo" --destination "$work/hugo-$run" --quiet
    echo "Hugo $(hugo version | cut -d' ' -f2) build of the same content, run $run: ${wall} s, peak $((peak / 1024)) MB"
    [ -z "$hbest" ] || awk "BEGIN{exit !($wall < $hbest)}" && hbest=$wall && hpeak=$peak
done
hpages=$(find "$work/hugo-1" -name '*.html' | wc -l)

echo
echo "summary (best of $runs):"
echo "  PortalDesk: $pages pages in $best s ($(awk "BEGIN{printf \"%.0f\", $pages / $best}") pages/s), peak $((bestpeak / 1024)) MB"
echo "  Hugo:       $hpages pages in $hbest s, peak $((hpeak / 1024)) MB"
echo "  time ratio PortalDesk / Hugo: $(awk "BEGIN{printf \"%.2f\", $best / $hbest}") (goal: at most 0.50)"
echo "  memory ratio PortalDesk / Hugo: $(awk "BEGIN{printf \"%.2f\", $bestpeak / $hpeak}") (goal: under 0.33)"
echo "  one-article incremental export (whole process), best: $incbest s, median of 5: $incmedian s (goal: under 0.2 s)"
