#!/usr/bin/env bash
# Batch analyze: N copies of the one-hour, 5-channel, 200 Hz benchmark trace in a folder, analysed
# with --jobs 1 and with the default (one job per processor), each with --output DIR and --summary.
# usage: bench/analyze/batch.sh [N=10]   Palpa's heap is capped with PALPA_BENCH_HEAP (default -Xmx128m).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-10}"
work="${TMPDIR:-/tmp}/palpa-analyze-bench"; mkdir -p "$work/batch"
trace="$work/trace-3600s.csv"
[ -f "$trace" ] || /usr/bin/python3 "$here/gen_trace.py" "$trace"
for i in $(seq -w 1 "$n"); do [ -f "$work/batch/trace-$i.csv" ] || cp "$trace" "$work/batch/trace-$i.csv"; done
"$root/palpa" --version >/dev/null
echo "$n one-hour traces ($(du -sm "$work/batch" | cut -f1) MB), $(nproc) processors; load: $(uptime | sed 's/.*load/load/')"
for jobs in 1 "$(nproc)"; do
  rm -rf "$work/batch-out"
  /usr/bin/time -f "jobs $jobs: wall %e s, cpu %U+%S s, peak %M KB" env PALPA_JAVA_OPTS="${PALPA_BENCH_HEAP:--Xmx128m}" \
    "$root/palpa" analyze --input "$work/batch" --output "$work/batch-out" --summary "$work/batch-summary.csv" --jobs "$jobs"
done
echo "load after: $(uptime | sed 's/.*load/load/')"
echo "summary: $(($(wc -l <"$work/batch-summary.csv") - 1)) rows, $(grep -c ',ok,' "$work/batch-summary.csv") ok; JSON files: $(ls "$work/batch-out" | wc -l)"
