#!/usr/bin/env bash
# Prints the home of a JDK of 21 or newer, or nothing. Sourced by ./palpa and .ci/run.
# Order: $JAVA_HOME, the java on PATH, then JDKs under /usr/lib/jvm (newest first).
palpa_java_major() {
  # The JDK's release file answers without starting a JVM (start-up time matters: issue 16).
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1)
  if [ -n "$v" ]; then echo "$v"; return 0; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
palpa_find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  local d
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${d%/}"); done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/javac" ]; then
      local major
      major=$(palpa_java_major "$d")
      if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
        echo "$d"
        return 0
      fi
    fi
  done
  return 1
}
