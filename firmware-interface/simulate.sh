#!/usr/bin/env bash
# Runs a reference firmware on an emulated ATmega328P (simavr) with its sensors modelled, bridged to
# a pseudo-terminal. Prints the pty path as the first line of stdout, then serves until SIGINT/SIGTERM.
# Usage: firmware-interface/simulate.sh algometer|glove [trace.csv] [palpa-sim options: --loop, --points, --measure]
# Needs the Debian packages simavr, libsimavr-dev, libelf-dev, pkg-config, gcc, gcc-avr and avr-libc.
# The trace format and the sensor models are in README.md, "Running the firmware in an emulator".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${PALPA_FIRMWARE_OUT:-$here/../target/firmware}"

die() { echo "simulate.sh: $*" >&2; exit 2; }
[ $# -ge 1 ] || die "usage: simulate.sh algometer|glove [trace.csv] [--loop] [--points T:F,...] [--measure]"
device="$1"; shift
case "$device" in algometer|glove) ;; *) die "unknown device '$device' (algometer or glove)" ;; esac
args=()
if [ $# -ge 1 ] && [ "${1#--}" = "$1" ]; then
  [ -r "$1" ] || die "cannot read the trace file '$1'"
  args+=(--trace "$1"); shift
fi
pkg-config --exists simavr 2>/dev/null || die "simavr's library is missing: apt-get install simavr libsimavr-dev libelf-dev pkg-config"
command -v avr-gcc >/dev/null || die "avr-gcc is missing: apt-get install gcc-avr avr-libc"
mkdir -p "$out"

# The sketches and the harness are rebuilt only when a source is newer than what was built; build
# output goes to stderr, so that the pty path is the first line of stdout.
elf="$out/$device.elf"
if [ ! -f "$elf" ] || [ -n "$(find "$here/common" "$here/$device" "$here/build.sh" -newer "$elf" | head -1)" ]; then
  "$here/build.sh" avr "$out" >&2
fi
sim="$out/palpa-sim"
if [ ! -x "$sim" ] || [ -n "$(find "$here/sim" "$here/common/palpa_frame.c" -newer "$sim" | head -1)" ]; then
  # simavr's headers are not all -pedantic clean, so they are included as system headers
  cc -std=gnu99 -O2 -Wall -Wextra -Werror -isystem "$(pkg-config --variable=includedir simavr)/simavr" \
    -I"$here/common" "$here"/sim/*.c "$here/common/palpa_frame.c" -o "$sim.tmp" $(pkg-config --libs simavr) -lelf -lm
  mv "$sim.tmp" "$sim"
fi
exec "$sim" --device "$device" --elf "$elf" ${args[@]+"${args[@]}"} "$@"
