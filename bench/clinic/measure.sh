#!/usr/bin/env bash
# The clinic-scale figures, measured from outside the process through the launcher ./palpa.
# usage: bench/clinic/measure.sh sqlite DIR SESSION | postgres JDBC-URL KEY-DIR SESSION   [--runs N] [--verify-runs N]
#   SESSION is the one-hour glove session that generate.sh printed.
# hyperfine times --version (the start-up alone), list, list --client C-0007 and report; verify --all
# runs under /usr/bin/time (wall, CPU, peak RSS), warm and, when root may drop the page cache, cold,
# next to dd's sequential read of the database file (SQLite) in the same run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kind="${1:?sqlite DIR SESSION or postgres JDBC-URL KEY-DIR SESSION}"; shift
case "$kind" in
  sqlite) dir="$1"; session="$2"; shift 2; where=(--data-dir "$dir") ;;
  postgres) url="$1"; keys="$2"; session="$3"; shift 3; where=(--store "$url" --key-dir "$keys") ;;
  *) echo "measure.sh: the first argument must be sqlite or postgres, was '$kind'" >&2; exit 2 ;;
esac
runs=5; vruns=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --verify-runs) vruns="$2"; shift 2 ;;
    *) echo "measure.sh: unknown option $1 (use --runs N, --verify-runs N)" >&2; exit 2 ;;
  esac
done
palpa="$root/palpa"
out="${TMPDIR:-/tmp}/palpa-clinic-$kind"; mkdir -p "$out"
q() { printf '%q ' "$@"; }
# the jar and the start-up caches of the short commands and of reports, outside the timing
"$palpa" --version >/dev/null; "$palpa" sessions report "$session" -o "$out/warm-up.pdf" "${where[@]}" >/dev/null
echo "== $kind, $(nproc) processors; load before: $(uptime | sed 's/.*load/load/')"
if [ "$kind" = sqlite ]; then
  sql() { sqlite3 "$dir/palpa.db" "$1"; }
else
  sql() { psql "${url#jdbc:}" -qtAc "$1"; }
fi
echo "sessions: $(sql 'SELECT COUNT(*) FROM sessions'); sample data: $(sql 'SELECT SUM(LENGTH(data)) FROM sample_chunks' \
  | awk '{printf "%.1f MB", $1/1e6}') in $(sql 'SELECT COUNT(*) FROM sample_chunks') chunks"
hyperfine -N -w 2 -r "$runs" --export-json "$out/hyperfine.json" \
  -n "palpa --version" "$(q "$palpa" --version)" \
  -n "sessions list" "$(q "$palpa" sessions list "${where[@]}")" \
  -n "sessions list --client C-0007" "$(q "$palpa" sessions list --client C-0007 "${where[@]}")" \
  -n "sessions report (1 h glove)" "$(q "$palpa" sessions report "$session" -o "$out/report.pdf" "${where[@]}")" 2>&1 | grep -v WARNING
pdfinfo "$out/report.pdf" | grep -E '^(Title|Pages)'
pdftoppm -png -r 60 -f 1 -l 1 "$out/report.pdf" "$out/report-page"
bytes="$(sql 'SELECT SUM(LENGTH(data)) FROM sample_chunks')"
verify() {
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$palpa" sessions verify --all "${where[@]}" >"$out/verify.txt" 2>&1
  read -r wall user sys rss <"$out/time.txt"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v b="$bytes" -v what="$1" 'BEGIN {
    printf "verify --all (%s): wall %.1f s, CPU %.1f s (%.0f%% of wall), %.1f MB/s of sample data, peak RSS %.0f MB\n",
      what, w, u + s, 100 * (u + s) / w, b / 1e6 / w, m / 1024 }'
  tail -1 "$out/verify.txt"
}
"$palpa" sessions verify --all "${where[@]}" >/dev/null 2>&1 || true  # warm-up
for i in $(seq 1 "$vruns"); do verify "warm cache, run $i"; done
if [ "$kind" = sqlite ]; then
  dd if="$dir/palpa.db" of=/dev/null bs=1M 2>&1 | tail -1 | sed 's/^/dd warm: /'
fi
if sync && echo 3 2>/dev/null >/proc/sys/vm/drop_caches; then
  if [ "$kind" = sqlite ]; then
    dd if="$dir/palpa.db" of=/dev/null bs=1M 2>&1 | tail -1 | sed 's/^/dd cold: /'
    sync && echo 3 >/proc/sys/vm/drop_caches
  fi
  verify "cold cache"
else
  echo "cold-cache runs skipped: cannot drop the page cache (needs root)"
fi
echo "load after: $(uptime | sed 's/.*load/load/')"
