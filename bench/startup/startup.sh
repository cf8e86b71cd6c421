#!/usr/bin/env bash
# Start-up of short commands, measured from outside the process with hyperfine: `palpa --version`,
# `sessions list` on a 3-session store and `analyze` of a 2,000-row trace, through the launcher
# with its start-up cache, without it (PALPA_STARTUP_CACHE=off), and a bare `java -version`.
# With BEFORE=DIR, also through an older checkout's launcher and jar in DIR (DIR/palpa, DIR/target).
# usage: bench/startup/startup.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/palpa-startup-bench"; mkdir -p "$work"
"$root/palpa" --version >/dev/null   # builds the jar and the cache outside the timing
# a store from an older build may need an upgrade that the timing must not include: make a new one
"$root/palpa" sessions list --data-dir "$work/store" >/dev/null 2>&1 || rm -rf "$work/store"
if [ ! -f "$work/store/palpa.db" ] && [ -z "$(ls -A "$work/store" 2>/dev/null)" ]; then
  for s in 1 2 3; do
    "$root/palpa" live --device sim-algometer --speed max --duration 30s --seed "$s" --plain --data-dir "$work/store" >/dev/null
  done
fi
[ -f "$work/small.csv" ] || /usr/bin/python3 "$root/bench/analyze/gen_trace.py" "$work/small.csv" --seconds 10 --rate 200
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
hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-json "$work/startup.json" "${args[@]}" >&2
# wall time, and the CPU (user + system), which is the steadier figure on a loaded machine
/usr/bin/python3 - "$work/startup.json" <<'PY'
import json, sys
print("| command | wall mean | wall median | wall min | CPU (user+sys) |")
print("|---|---|---|---|---|")
for r in json.load(open(sys.argv[1]))["results"]:
    ms = lambda x: f"{x * 1000:.0f} ms"
    print(f"| {r['command']} | {ms(r['mean'])} | {ms(r['median'])} | {ms(r['min'])} | {ms(r['user'] + r['system'])} |")
PY
echo "load after: $(uptime | sed 's/.*load/load/')"
