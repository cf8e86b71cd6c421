#!/usr/bin/env bash
# Builds and tests the firmware-interface code:
#   1. the portable framing code (common/palpa_frame.c) on the host with cc, run against vectors/palpa-binary.vec,
#      and the device-side command handling (common/palpa_device.c) with its own host test;
#   2. both reference sketches for the ATmega328P with avr-gcc (Debian packages gcc-avr, avr-libc).
# Usage: firmware-interface/build.sh [host|avr|all] [output-dir]. Exit status 0 only if every step passed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
what="${1:-all}"
out="${2:-$here/../target/firmware}"
mkdir -p "$out"
flags=(-std=c99 -Wall -Wextra -Werror -pedantic)

if [ "$what" = host ] || [ "$what" = all ]; then
  cc "${flags[@]}" -I"$here/common" "$here/common/palpa_frame.c" "$here/test/test_palpa_frame.c" -o "$out/test_palpa_frame"
  "$out/test_palpa_frame" "$here/vectors/palpa-binary.vec"
  cc "${flags[@]}" -I"$here/common" "$here/common/palpa_frame.c" "$here/common/palpa_device.c" \
    "$here/test/test_palpa_device.c" -o "$out/test_palpa_device"
  "$out/test_palpa_device"
fi

if [ "$what" = avr ] || [ "$what" = all ]; then
  for device in algometer glove; do
    avr-gcc "${flags[@]}" -Os -mmcu=atmega328p -DF_CPU=16000000UL -DPALPA_MAX_PAYLOAD=8 -DPALPA_SERIAL="\"DEV0001\"" \
      -I"$here/common" "$here/common/palpa_frame.c" "$here/common/palpa_device.c" "$here/common/avr_link.c" "$here/$device/$device.c" \
      -o "$out/$device.elf"
    avr-objcopy -O ihex -R .eeprom "$out/$device.elf" "$out/$device.hex"
    echo "$device: $(avr-size --format=avr --mcu=atmega328p "$out/$device.elf" | grep -E 'Program|Data' | tr -s ' ' | tr '\n' ' ')"
  done
fi
