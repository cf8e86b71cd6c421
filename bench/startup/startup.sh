#!/usr/bin/env bash
# Start-up of short commands, measured from outside the process with hyperfine: `palpa --version`,
# `sessions list` on a 3-session store and `analyze` of a 2,000-row trace, through the launcher
# with its start-up cache, without it (PALPA_STARTUP_CACHE=off), and a bare `java -version`.
# With BEFORE=DIR, also through an older checkout's launcher and jar in DIR (DIR/palpa, DIR/target).
# usage: bench/startup/startup.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/palpa-startup-bench"; mkdir -p "$work"
if [ ! -f "$work/store/palpa.db" ] && [ -z "$(ls -A "$work/store" 2>/dev/null)" ]; then
  for s in 1 2 3; do
    "$root/palpa" live --device sim-algometer --speed max --duration 30s --seed "$s" --plain --data-dir "$work/store" >/dev/null
  done
fi
[ -f "$work/small.csv" ] || /usr/bin/python3 "$root/bench/analyze/gen_trace.py" "$work/small.csv" --seconds 10 --rate 200
"$root/palpa" --version >/dev/null   # builds the jar and the cache outside the timing
. "$root/bin/find-java.sh"; jdk=$(palpa_find_jdk)
echo "load: $(uptime | sed 's/.*load/load/')"
runs=(); names=()
add() { names+=("$1"); runs+=("$2"); }
add "java -version" "$jdk/bin/java -version"
for launcher in "$root/palpa" ${BEFORE:+"$BEFORE/palpa"}; do
  for env in "" "PALPA_STARTUP_CACHE=off"; do
    [ "$launcher" != "$root/palpa" ] && [ -n "$env" ] && continue
    tag="$([ "$launcher" = "$root/palpa" ] && echo now || echo before)${env:+ no-cache}"
    add "$tag: --version" "env $env $launcher --version"
    add "$tag: sessions list" "env $env $launcher sessions list --data-dir $work/store"
    add "$tag: analyze 2000 rows" "env $env $launcher analyze --input $work/small.csv --output $work/small.json"
  done
done
args=()
for i in "${!runs[@]}"; do args+=(-n "${names[$i]}" "${runs[$i]}"); done
hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-markdown "$work/startup.md" "${args[@]}" >&2
cat "$work/startup.md"
echo "load after: $(uptime | sed 's/.*load/load/')"
