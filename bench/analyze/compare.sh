#!/usr/bin/env bash
# Side by side: `palpa analyze` against the pandas/scipy script on the same generated trace.
# Generates a trace (default 1 hour, 5 channels, 200 Hz: 720,000 rows) unless it exists, runs both
# tools under /usr/bin/time -v, checks that they find the same holds, and prints the ratios.
# usage: bench/analyze/compare.sh [--seconds 3600] [--trace FILE] [--runs 3]
# Palpa runs as a user runs it, with no heap cap (PALPA_BENCH_HEAP=-Xmx64m, say, sets one).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=3600; runs=3; trace=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --trace) trace="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "compare.sh: unknown option $1 (use --seconds N, --trace FILE, --runs N)" >&2; exit 2 ;;
  esac
done
work="${TMPDIR:-/tmp}/palpa-analyze-bench"; mkdir -p "$work"
[ -n "$trace" ] || trace="$work/trace-${seconds}s.csv"
if [ ! -f "$trace" ]; then
  echo "generating $trace ($seconds s, 5 channels, 200 Hz)..."
  /usr/bin/python3 "$here/gen_trace.py" "$trace" --seconds "$seconds"
fi
# builds the jar and the analyze commands' start-up cache outside the timing
head -n 2001 "$trace" >"$work/warm-up.csv"; "$root/palpa" analyze --input "$work/warm-up.csv" >/dev/null
heap="${PALPA_BENCH_HEAP:-}"

measure() { # label outfile command...: prints "wall cpu peak_kb"
  local label="$1" out="$2"; shift 2
  /usr/bin/time -v "$@" >"$out" 2>"$work/$label.time" || { cat "$work/$label.time" >&2; exit 1; }
  awk -F': ' '/Elapsed/ {n=split($2,p,":"); w=(n==3)?p[1]*3600+p[2]*60+p[3]:p[1]*60+p[2]}
              /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
              END {printf "%.2f %.2f %d\n", w, u+s, m}' "$work/$label.time"
}

echo "trace: $trace ($(wc -l <"$trace") lines, $(du -m "$trace" | cut -f1) MB); load: $(uptime | sed 's/.*load/load/')"
printf "%-4s %10s %10s %10s %10s %12s %12s %8s %8s\n" run palpa_s python_s palpa_cpu python_cpu palpa_peakMB python_peakMB wall_x cpu_x
for r in $(seq 1 "$runs"); do
  read -r pw pc pm < <(measure palpa "$work/palpa.json" env PALPA_JAVA_OPTS="$heap ${PALPA_JAVA_OPTS:-}" \
      "$root/palpa" analyze --input "$trace")
  read -r sw sc sm < <(measure scipy "$work/scipy.json" /usr/bin/python3 "$here/analyze_scipy.py" "$trace")
  awk -v r="$r" -v pw="$pw" -v sw="$sw" -v pc="$pc" -v sc="$sc" -v pm="$pm" -v sm="$sm" 'BEGIN {
      printf "%-4s %10.2f %10.2f %10.2f %10.2f %12.1f %12.1f %8.2f %8.2f\n", r, pw, sw, pc, sc, pm/1024, sm/1024, sw/pw, sc/pc }'
done
echo "load after: $(uptime | sed 's/.*load/load/')"
/usr/bin/python3 "$here/check_holds.py" "$work/palpa.json" "$work/scipy.json"
