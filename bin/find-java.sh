#!/usr/bin/env bash
# Prints the home of a JDK of 21 or newer, or nothing. Sourced by ./palpa and .ci/run.
# Order: $JAVA_HOME, the java on PATH, then JDKs under /usr/lib/jvm (newest first).
# Start-up time matters (issue 16): the first candidate that fits is taken without looking at the
# others, and the version is read from the JDK's release file with shell built-ins, not a process.
palpa_java_major() {
  local line v=""
  if [ -r "$1/release" ]; then
    while IFS= read -r line; do
      case "$line" in
        JAVA_VERSION=*) v="${line#JAVA_VERSION=}"; v="${v//\"/}"; v="${v%%[!0-9]*}"; break ;;
      esac
    done <"$1/release"
  fi
  if [ -n "$v" ]; then echo "$v"; return 0; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
palpa_jdk_fits() {
  local major
  [ -x "$1/bin/javac" ] || return 1
  major=$(palpa_java_major "$1")
  [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null
}
palpa_find_jdk() {
  local d
  if [ -n "${JAVA_HOME:-}" ] && palpa_jdk_fits "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    d="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if palpa_jdk_fits "$d"; then echo "$d"; return 0; fi
  fi
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    d="${d%/}"
    if palpa_jdk_fits "$d"; then echo "$d"; return 0; fi
  done
  return 1
}
