#!/usr/bin/env bash
# Measures, on this machine, the basic figures of a multi-process browser:
#   - time from `ctl open` to the tab's first frame (the tab is ready once the gpu has its frame)
#   - time from `kill -9` of a renderer to the tab showing "crashed"
#   - memory (RSS and PSS, from /proc) of the browser and of one renderer
# Usage: scripts/measure-skeleton.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=app/target/minibrowser.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests install
sock="$(mktemp -d)/mb.sock"
java -jar "$jar" --headless --remote-control="$sock" about:blank >/dev/null 2>&1 &
browser=$!
trap 'kill -9 $browser 2>/dev/null || true' EXIT
while [ ! -S "$sock" ]; do sleep 0.05; done
ctl() { java -cp "$jar" minibrowser.browser.Main ctl --connect="$sock" "$@"; }
ctl wait 1 >/dev/null

now_ms() { date +%s%3N; }
echo "open -> first frame (ms), kill -9 -> crashed (ms):"
for i in $(seq 1 "$runs"); do
  start=$(now_ms)
  id=$(ctl open --json "data:text/html,<h1>run $i</h1>" | sed 's/.*"id":\([0-9]*\).*/\1/')
  ctl wait "$id" >/dev/null
  opened=$(( $(now_ms) - start ))
  pid=$(ctl tabs --json | tr '}' '\n' | grep "\"id\":$id," | sed 's/.*"rendererPid":\([0-9]*\).*/\1/')
  start=$(now_ms)
  kill -9 "$pid"
  until ctl tabs --json | tr '}' '\n' | grep "\"id\":$id," | grep -q crashed; do :; done
  crashed=$(( $(now_ms) - start ))
  echo "  run $i: open->frame $opened ms (includes ctl's own JVM start), kill->crashed $crashed ms (includes polling)"
  ctl close "$id" >/dev/null
done
echo "memory (kB):"
ctl ps
