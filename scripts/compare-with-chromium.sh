#!/usr/bin/env bash
# Renders pages with Debian's Chromium and with minibrowser at the same window size and
# reports how alike the screenshots are (see ImageCompare.java beside this script for
# what each figure means; 1.000 is identical).
#
#   scripts/compare-with-chromium.sh [-s WIDTH,HEIGHT] [-o OUTDIR] PAGE...
#
# A PAGE is a URL or an HTML file; files are served from a throwaway HTTP server on
# 127.0.0.1 (each file's directory), so both browsers load the same bytes over HTTP.
# Installs chromium and the fonts the engine bundles (Liberation, Nanum) with apt-get
# when missing, so both browsers draw with the same faces.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
size="800,600"
out="$(mktemp -d)"
while getopts "s:o:" opt; do
  case "$opt" in
    s) size="$OPTARG" ;;
    o) out="$OPTARG"; mkdir -p "$out" ;;
    *) echo "usage: $0 [-s W,H] [-o OUTDIR] PAGE..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-s W,H] [-o OUTDIR] PAGE..." >&2; exit 2; }

# 1. Chromium and the same fonts the engine ships.
if ! command -v chromium >/dev/null; then
  echo "compare: installing chromium..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq chromium fonts-liberation2 fonts-nanum >&2
fi
dpkg -s fonts-liberation2 fonts-nanum >/dev/null 2>&1 || apt-get install -y -qq fonts-liberation2 fonts-nanum >&2

# 2. A local HTTP server for files, stopped on exit.
server_pid=""
port=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
serve() {  # serve DIR: (re)starts the server on DIR
  cleanup
  port=$(( 20000 + RANDOM % 20000 ))
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && return
    sleep 0.1
  done
}

printf "%-28s %s\n" "page" "similarity (1.000 = identical)"
for page in "$@"; do
  if [ -f "$page" ]; then
    serve "$(cd "$(dirname "$page")" && pwd)"
    url="http://127.0.0.1:$port/$(basename "$page")"
    name="$(basename "$page" .html)"
  else
    url="$page"
    name="$(echo "$page" | tr -c 'A-Za-z0-9' '_' | cut -c1-40)"
  fi
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out/$name.chromium.png" \
    --window-size="$size" "$url" >/dev/null 2>&1
  "$root/minibrowser" --headless --screenshot="$out/$name.minibrowser.png" --window-size="$size" "$url" >/dev/null 2>&1
  printf "%-28s %s\n" "$name" "$(java "$here/ImageCompare.java" "$out/$name.chromium.png" "$out/$name.minibrowser.png")"
done
echo "screenshots in $out" >&2
