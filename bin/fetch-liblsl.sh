#!/usr/bin/env bash
# Fetches a prebuilt liblsl for Linux x86-64 and puts it where Palpa looks for it, so that
# `palpa ... --lsl` works without building liblsl. liblsl is not packaged for Debian.
#
# The library comes from the npm package lsl.js 1.1.2 (MIT licence), which ships liblsl's own
# prebuilt binaries (liblsl 1.12 SDK, by Christian Kothe, SCCN, MIT licence). Both the package and
# the library are checked against the SHA-256 below before anything is installed.
#
# usage: bin/fetch-liblsl.sh [FOLDER]
#   FOLDER defaults to $XDG_DATA_HOME/palpa/lib (else ~/.local/share/palpa/lib), where Palpa finds
#   liblsl.so by itself. With another folder, point PALPA_LIBLSL at the file it prints.
set -euo pipefail
url="https://registry.npmjs.org/lsl.js/-/lsl.js-1.1.2.tgz"
package_sha256="557c62b8569a8e15b4c99c7b6b159604eae5fef3db097cfb7af98136fd3e4535"
library_sha256="13f1ba640400ceca418737417cbee832f884a7aa061a7caee236ea9895f32f6a"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "fetch-liblsl.sh: only Linux on x86-64 is provided here; install liblsl from the releases of the sccn/liblsl project" >&2
  exit 2
fi
folder="${1:-${XDG_DATA_HOME:-$HOME/.local/share}/palpa/lib}"
target="$folder/liblsl.so"
if [ -f "$target" ] && echo "$library_sha256  $target" | sha256sum --quiet -c - 2>/dev/null; then
  echo "$target"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! curl -fsSL --retry 3 -o "$work/lsl.tgz" "$url"; then
  echo "fetch-liblsl.sh: could not download $url" >&2
  exit 1
fi
if ! echo "$package_sha256  $work/lsl.tgz" | sha256sum --quiet -c - 2>/dev/null; then
  echo "fetch-liblsl.sh: the download from $url does not have the expected SHA-256; nothing installed" >&2
  exit 1
fi
tar -xzf "$work/lsl.tgz" -C "$work" package/prebuilt/liblsl64.so
if ! echo "$library_sha256  $work/package/prebuilt/liblsl64.so" | sha256sum --quiet -c - 2>/dev/null; then
  echo "fetch-liblsl.sh: liblsl64.so in $url does not have the expected SHA-256; nothing installed" >&2
  exit 1
fi
mkdir -p "$folder"
install -m 0644 "$work/package/prebuilt/liblsl64.so" "$target"
echo "$target"
