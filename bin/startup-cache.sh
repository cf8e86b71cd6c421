#!/usr/bin/env bash
# The JVM's start-up caches for Palpa, kept next to the jar (issue 16, docs/performance.md).
# On JDK 25 or newer AOT caches (JEP 483/514), on JDK 21-24 dynamic CDS archives. A JVM loads every
# class of its cache as it starts, so each family of commands has its own (palpa_cache_family):
# analyze, sessions report/export, and the short rest. A family's cache is made by a training run
# (org.palpa.cli.StartupTraining) once per build, the first time one of its commands runs.
# The same training run copies the SQLite driver's native library next to the jar (a folder
# ending in .native), so that the driver neither runs `uname` nor unpacks it on every start.
# Sourced by ./palpa; sets the array PALPA_CACHE_OPTS, empty when no cache can be made or used.
# PALPA_STARTUP_CACHE=off turns both off.

# The family of a command line: analyze, report (sessions report or export) or short (the rest).
palpa_cache_family() {
  local a first="" second=""
  for a in "$@"; do
    case "$a" in -*) continue ;; esac
    if [ -z "$first" ]; then first="$a"; else second="$a"; break; fi
  done
  case "$first:$second" in
    analyze:*) echo analyze ;;
    sessions:report | sessions:export) echo report ;;
    *) echo short ;;
  esac
}

# usage: palpa_startup_cache JAR [the command line's words]
palpa_startup_cache() {
  local jar="$1" major cache use native lib family
  local -a create
  shift
  family=$(palpa_cache_family "$@")
  PALPA_CACHE_OPTS=()
  [ "${PALPA_STARTUP_CACHE:-on}" = off ] && return 0
  major=$(palpa_java_major "$JAVA_HOME")
  major="${major%%.*}"
  if [ "$major" -ge 25 ] 2>/dev/null; then
    # classes only, no method profiles: replaying the training's profiles made every command
    # compile more and cost 10-20 % more CPU (docs/performance.md, "Start-up")
    cache="${jar%.jar}.jdk$major.$family.aot"; use="-XX:AOTCache=$cache"
    create=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining "-XX:AOTCacheOutput=$cache.$$.tmp")
  else
    cache="${jar%.jar}.jdk$major.$family.jsa"; create=("-XX:ArchiveClassesAtExit=$cache.$$.tmp"); use="-XX:SharedArchiveFile=$cache"
  fi
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    # a failed attempt is not retried until the next build; each launcher trains into a file of its
    # own (its process id), so two commands started at once cannot mix their caches
    [ -f "$cache.failed" ] && [ ! "$jar" -nt "$cache.failed" ] && return 0
    echo "palpa: preparing the start-up cache for $family commands (once per build)..." >&2
    if "$JAVA_HOME/bin/java" "${create[@]}" -Xlog:disable -Xlog:all=off -cp "$jar" org.palpa.cli.StartupTraining \
         "${jar%.jar}.native" "$family" >/dev/null 2>&1 && [ -s "$cache.$$.tmp" ]; then
      mv -f "$cache.$$.tmp" "$cache"; rm -f "$cache.failed"
    else
      rm -f "$cache.$$.tmp"; touch "$cache.failed" 2>/dev/null || true
      return 0
    fi
  fi
  PALPA_CACHE_OPTS=("$use" -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds=off:stderr)
  # the log tag "aot" exists from JDK 24 on; an unknown tag stops older JVMs from starting
  [ "$major" -ge 24 ] 2>/dev/null && PALPA_CACHE_OPTS+=(-Xlog:aot=off:stderr)
  native="${jar%.jar}.native"
  for lib in "$native"/*sqlitejdbc*; do
    # the driver loads this copy, or, if it cannot, falls back to unpacking its own
    [ -f "$lib" ] && PALPA_CACHE_OPTS+=("-Dorg.sqlite.lib.path=$native" "-Dorg.sqlite.lib.name=${lib##*/}")
    break
  done
}
