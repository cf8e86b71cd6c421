#!/usr/bin/env bash
# Batch analyze: N copies of the one-hour, 5-channel, 200 Hz benchmark trace in a folder, analysed
# by `palpa analyze` with --jobs 1 and with the default (one job per processor), each with
# --output DIR and --summary, then side by side by the pandas/scipy script run once per file on
# every processor (`xargs -P`, as a researcher would with GNU parallel). Every file's holds are
# checked against the script's, and the wall-time ratio of the folder is printed.
# usage: bench/analyze/batch.sh [N=10]   PALPA_BENCH_HEAP caps Palpa's heap (default: not capped).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:-10}"
work="${TMPDIR:-/tmp}/palpa-analyze-bench"; batch="$work/batch-$n"; mkdir -p "$batch"
trace="$work/trace-3600s.csv"
[ -f "$trace" ] || /usr/bin/python3 "$here/gen_trace.py" "$trace"
for i in $(seq -w 1 "$n"); do [ -f "$batch/trace-$i.csv" ] || cp "$trace" "$batch/trace-$i.csv"; done
# builds the jar and the analyze commands' start-up cache outside the timing
head -n 2001 "$trace" >"$work/warm-up.csv"; "$root/palpa" analyze --input "$work/warm-up.csv" >/dev/null
echo "$n one-hour traces ($(du -sm "$batch" | cut -f1) MB), $(nproc) processors; load: $(uptime | sed 's/.*load/load/')"
wall() { awk -F': ' '/Elapsed/ {n=split($2,p,":"); print (n==3)?p[1]*3600+p[2]*60+p[3]:p[1]*60+p[2]}' "$1"; }
for jobs in 1 "$(nproc)"; do
  rm -rf "$work/batch-out"
  /usr/bin/time -v -o "$work/batch-palpa-$jobs.time" env PALPA_JAVA_OPTS="${PALPA_BENCH_HEAP:-}" \
    "$root/palpa" analyze --input "$batch" --output "$work/batch-out" --summary "$work/batch-summary.csv" --jobs "$jobs"
  awk -v j="$jobs" -F': ' '/Elapsed/ {w=$2} /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
      END {printf "palpa --jobs %s: wall %s, cpu %.2f s, peak %.0f MB\n", j, w, u+s, m/1024}' "$work/batch-palpa-$jobs.time"
done
rm -rf "$work/batch-scipy"; mkdir -p "$work/batch-scipy"
/usr/bin/time -v -o "$work/batch-scipy.time" sh -c "ls '$batch'/*.csv | xargs -P $(nproc) -I{} sh -c \
  '/usr/bin/python3 \"$here/analyze_scipy.py\" \"\$1\" > \"$work/batch-scipy/\$(basename \"\$1\" .csv).holds.json\"' _ {}"
awk -F': ' '/Elapsed/ {w=$2} /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
    END {printf "script, %s at once: wall %s, cpu %.2f s, peak of one process %.0f MB\n", "'"$(nproc)"'", w, u+s, m/1024}' "$work/batch-scipy.time"
echo "load after: $(uptime | sed 's/.*load/load/')"
echo "summary: $(($(wc -l <"$work/batch-summary.csv") - 1)) rows, $(grep -c ',ok,' "$work/batch-summary.csv") ok; JSON files: $(ls "$work/batch-out" | wc -l)"
same=0
for f in "$work/batch-out"/*.holds.json; do
  /usr/bin/python3 "$here/check_holds.py" "$f" "$work/batch-scipy/$(basename "$f")" >/dev/null && same=$((same + 1))
done
echo "holds equal to the script's in $same of $n files"
awk -v p="$(wall "$work/batch-palpa-$(nproc).time")" -v s="$(wall "$work/batch-scipy.time")" \
  'BEGIN {printf "folder of %d: wall ratio (script / palpa, both on every processor) %.2f\n", '"$n"', s / p}'
