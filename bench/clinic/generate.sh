#!/usr/bin/env bash
# A clinic's year in one store: 2,000 sessions through Palpa's own recording path (ClinicYear).
# usage: bench/clinic/generate.sh sqlite DIR | postgres JDBC-URL KEY-DIR   [--sessions N] [--scale F] [--threads T]
#   --scale F shortens every session but the one-hour glove session by F (default 1: 10-60 min each).
# Prints the time it took, the id of the one-hour glove session and the store's size.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kind="${1:?sqlite DIR or postgres JDBC-URL KEY-DIR}"; shift
case "$kind" in
  sqlite) dir="${1:?the data folder}"; shift; target="$dir"; keys="$dir/keys" ;;
  postgres) target="${1:?the jdbc:postgresql URL}"; keys="${2:?the key folder}"; shift 2 ;;
  *) echo "generate.sh: the first argument must be sqlite or postgres, was '$kind'" >&2; exit 2 ;;
esac
sessions=2000; scale=1; threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) sessions="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "generate.sh: unknown option $1 (use --sessions N, --scale F, --threads T)" >&2; exit 2 ;;
  esac
done
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$root/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && JAVA_HOME="$(dirname "$(dirname "$java")")" mvn -B -ntp -q -Pbench -DskipTests package)
fi
if [ "$kind" = sqlite ] && [ -e "$dir/palpa.db" ]; then
  echo "generate.sh: $dir already holds a store; remove it or choose another folder" >&2; exit 2
fi
echo "load before: $(uptime | sed 's/.*load/load/')"
/usr/bin/time -f "generation: wall %e s, cpu %U+%S s, peak %M KB" \
  "$java" --enable-native-access=ALL-UNNAMED -Xmx512m -cp "$jar" org.palpa.bench.store.ClinicYear \
  "$target" "$keys" "$sessions" "$scale" "$threads"
echo "load after: $(uptime | sed 's/.*load/load/')"
if [ "$kind" = sqlite ]; then
  du -b "$dir"/palpa.db* | awk '{s+=$1} END {printf "store size: %.1f MB (SQLite file and WAL)\n", s/1e6}'
else
  psql "${target#jdbc:}" -qtAc \
    "SELECT 'store size: ' || round(sum(pg_total_relation_size(c.oid)) / 1e6, 1) || ' MB (pg_total_relation_size of its tables)'
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
fi
