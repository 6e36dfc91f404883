#!/usr/bin/env bash
# Full-export time of two builds of PortalDesk (e.g. before and after a change) on the same
# generated 10,000-article portal, run in turns so that both see the same machine.
# Usage: [PAIRS=10] [BENCH_DIR=/dev/shm] tests/bench/export-compare.sh BEFORE_BUILD AFTER_BUILD [ARTICLES]
# (each BUILD a build folder with bin/portaldesk-cli and bin/export_bench, of any commit).
# The bundles are written to a RAM disk by default: on a virtual machine's disk the kernel's
# write-back alone moves a run by a factor of two or three, far more than the difference
# being measured. Prints each pair, then medians and the after/before ratio.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
before=$(cd "$1" && pwd)
after=$(cd "$2" && pwd)
count=${3:-10000}
pairs=${PAIRS:-10}
base=${BENCH_DIR:-/dev/shm}
at=2030-01-01T00:00:00Z
work=$(mktemp -d "$base/portaldesk-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT

for side in before after; do
    build=${!side}
    for tool in portaldesk-cli export_bench; do
        [ -x "$build/bin/$tool" ] || { echo "$build/bin/$tool is missing: build it first"; exit 1; }
    done
    mkdir -p "$work/$side"
    # Each build generates and loads its own copy: the two may differ in schema.
    "$build/bin/export_bench" generate "$work/$side" "$count" >/dev/null
    "$build/bin/portaldesk-cli" load --db "$work/$side/bench.sqlite" "$work/$side/portal.json" >/dev/null 2>&1
    # The first export converts every Chinese article to Simplified and keeps the result.
    "$build/bin/portaldesk-cli" export --db "$work/$side/bench.sqlite" --out "$work/$side/out" --at "$at" \
        >/dev/null 2>&1
    rm -rf "$work/$side/out"
done

echo "full export of $count generated articles into $base, $pairs pairs (wall s, cpu s, peak MB)"
for pair in $(seq "$pairs"); do
    line="pair $pair:"
    for side in before after; do
        build=${!side}
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$build/bin/portaldesk-cli" export \
            --db "$work/$side/bench.sqlite" --out "$work/$side/out" --at "$at" >/dev/null 2>&1
        read -r wall user system peak <"$work/time"
        echo "$side $wall $(awk "BEGIN{print $user + $system}") $((peak / 1024))" >>"$work/runs"
        line="$line  $side $wall s"
        rm -rf "$work/$side/out"
    done
    echo "$line"
done
awk '
    function median(list, n,   i, j, t) {
        for (i = 2; i <= n; ++i) for (j = i; j > 1 && list[j - 1] > list[j]; --j) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
        return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
    }
    { n[$1]++; wall[$1, n[$1]] = $2; cpu[$1, n[$1]] = $3; if ($4 > peak[$1]) peak[$1] = $4 }
    END {
        for (side in n) {
            for (i = 1; i <= n[side]; ++i) { w[i] = wall[side, i]; c[i] = cpu[side, i] }
            mw[side] = median(w, n[side]); mc[side] = median(c, n[side])
            printf "%-6s median %.2f s wall, %.2f s cpu, peak %d MB\n", side, mw[side], mc[side], peak[side]
        }
        printf "after / before: %.3f wall, %.3f cpu\n", mw["after"] / mw["before"], mc["after"] / mc["before"]
    }' "$work/runs"
