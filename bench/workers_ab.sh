#!/usr/bin/env bash
# Worker count A/B for the whole suite: run it idle, on a machine nobody else is using.
#
#   bench/workers_ab.sh [COUNTS...]      (default: 6 8 6 8 4; ~8 minutes a run at idle)
#
# Each run is the README's `uv run pytest` with `-n COUNT` (it overrides addopts' -n 6),
# bytecode compiled as .ci/run does, under /usr/bin/time and the CPU-per-test plugin.
# Counts alternate so a drift in the machine's load falls on both sides. At the end a
# table: wall, user+sys CPU (time(1)), all-cpu (every process of the run, orphans too,
# where a cpuacct cgroup can be made; "?" elsewhere), the plugin's tail (how busy the
# last minute was, when the first worker ran dry), and the load average before each run (above ~1 means not idle:
# the figures then say nothing about worker counts). WORKERS_AB_TESTS narrows the run to
# some test paths (to try the script itself, not to judge a count).
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
if [ ${#counts[@]} -eq 0 ]; then
    counts=(6 8 6 8 4)
fi
out=${WORKERS_AB_DIR:-/tmp/workers-ab-$(date +%H%M%S)}
mkdir -p "$out"
uv sync --quiet --compile-bytecode
uv run --quiet python -m compileall -q coach screens

run=0
for count in "${counts[@]}"; do
    run=$((run + 1))
    dir="$out/run$run-n$count"
    mkdir -p "$dir"
    cut -d' ' -f1 /proc/loadavg >"$dir/load-before"
    status=0
    # A cpuacct group of the run's own, where the machine offers one, counts what time(1)
    # and the plugin cannot: the coaches in tmux and the rounds a forkserver reaps.
    group=/sys/fs/cgroup/cpuacct/workers-ab-$$-$run
    mkdir -p "$group" 2>/dev/null || group=""
    (
        if [ -n "$group" ]; then echo "$BASHPID" >"$group/tasks"; fi
        CPU_PER_TEST_DIR="$dir/cpu" PYTHONPATH=. exec /usr/bin/time -f "%e %U %S" -o "$dir/time" \
            uv run pytest -p bench.cpu_per_test -n "$count" -q ${WORKERS_AB_TESTS:-} >"$dir/pytest.txt" 2>&1
    ) || status=$?
    echo "$status" >"$dir/status"
    if [ -n "$group" ]; then
        sleep 2  # the last tmux servers and coaches end
        awk '{printf "%.1f", $1 / 1e9}' "$group/cpuacct.usage" >"$dir/all-cpu"
        rmdir "$group" 2>/dev/null || true
    else
        echo "?" >"$dir/all-cpu"
    fi
    echo "run $run (-n $count): $(cat "$dir/time") exit $status, $(tail -1 "$dir/pytest.txt")"
done

echo
printf '%-12s %8s %9s %9s %8s %10s %12s  %s\n' run wall cpu all-cpu load last-min first-dry result
for dir in "$out"/run*; do
    read -r wall user sys <"$dir/time"
    tail=$(uv run --quiet python - "$dir/cpu" <<'EOF'
import sys
from pathlib import Path

from bench.cpu_per_test import timeline

text = timeline(Path(sys.argv[1]))
busy = next((line.split(":")[1].split()[0] for line in text.splitlines() if "workers busy" in line), "?")
dry = [line.split()[0] for line in text.split("workers ran dry at:")[1].splitlines()[1:] if line.strip()]
print(busy, dry[0] if dry else "?")
EOF
)
    read -r busy dry <<<"$tail"
    printf '%-12s %8.1f %9.1f %9s %8s %10s %12s  %s\n' "$(basename "$dir")" "$wall" \
        "$(awk "BEGIN {print $user + $sys}")" "$(cat "$dir/all-cpu")" "$(cat "$dir/load-before")" \
        "$busy" "$dry" \
        "$(tail -1 "$dir/pytest.txt" | tr -d '=' | sed 's/^ *//')"
done
echo "details: $out/run*/ (pytest.txt; cpu/ for uv run python -m bench.cpu_per_test DIR)"
