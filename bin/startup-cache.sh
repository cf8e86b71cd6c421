#!/usr/bin/env bash
# The JVM's start-up cache for Palpa, kept next to the jar (issue 16, docs/performance.md).
# On JDK 25 or newer an AOT cache (JEP 483/514), on JDK 21-24 a dynamic CDS archive. It is made
# once per build by a training run (org.palpa.cli.StartupTraining) and used by every later run.
# Sourced by ./palpa; sets the array PALPA_CACHE_OPTS, empty when no cache can be made or used.
# PALPA_STARTUP_CACHE=off turns it off.
palpa_startup_cache() {
  local jar="$1" major cache create use
  PALPA_CACHE_OPTS=()
  [ "${PALPA_STARTUP_CACHE:-on}" = off ] && return 0
  major=$(palpa_java_major "$JAVA_HOME")
  major="${major%%.*}"
  if [ "$major" -ge 25 ] 2>/dev/null; then
    cache="${jar%.jar}.jdk$major.aot"; create="-XX:AOTCacheOutput=$cache.tmp"; use="-XX:AOTCache=$cache"
  else
    cache="${jar%.jar}.jdk$major.jsa"; create="-XX:ArchiveClassesAtExit=$cache.tmp"; use="-XX:SharedArchiveFile=$cache"
  fi
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    # a failed attempt is not retried until the next build
    [ -f "$cache.failed" ] && [ ! "$jar" -nt "$cache.failed" ] && return 0
    echo "palpa: preparing the start-up cache (once per build)..." >&2
    if "$JAVA_HOME/bin/java" "$create" -Xlog:disable -Xlog:all=off -cp "$jar" org.palpa.cli.StartupTraining \
         >/dev/null 2>&1 && [ -s "$cache.tmp" ]; then
      mv -f "$cache.tmp" "$cache"; rm -f "$cache.failed"
    else
      rm -f "$cache.tmp"; touch "$cache.failed" 2>/dev/null || true
      return 0
    fi
  fi
  PALPA_CACHE_OPTS=("$use" -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot=off:stderr -Xlog:cds=off:stderr)
}
