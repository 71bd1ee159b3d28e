#!/usr/bin/env bash
# Renders pages with Debian's Chromium and with minibrowser at the same window size and
# reports how alike the screenshots are (see ImageCompare.java beside this script for
# what each figure means; 1.000 is identical). The first figure, likeness, is the one to
# watch: whether the same regions of the screen carry content (0..1).
#
#   scripts/compare-with-chromium.sh [-s WIDTH,HEIGHT] [-o OUTDIR] [-c CORPUS_FILE]
#                                    [-m MARKDOWN_FILE] [PAGE...]
#
#   -s W,H   window size of both browsers (default 1280,800)
#   -o DIR   where the screenshots go (default: a fresh temporary directory)
#   -c FILE  also compare the pages listed in FILE (scripts/corpus.txt format:
#            FAMILY PACKAGE PATH per line); each result is named FAMILY/basename
#   -m FILE  write the results as a complete Markdown document (intro, table, summary);
#            an existing FILE is overwritten
#
# A PAGE is a URL or an HTML file; files are served from a throwaway HTTP server on
# 127.0.0.1, so both browsers load the same bytes over HTTP. Files under /usr/share/doc are
# served with /usr/share/doc as the server root (so ../ links and the doc packages'
# symlinks into /usr/share/javascript etc. resolve); other files from their own directory.
# The browser under test is $MINIBROWSER (default: the repository's ./minibrowser launcher;
# it may hold extra words, e.g. "java -jar app/target/minibrowser.jar"). Each browser run is
# cut off after $COMPARE_TIMEOUT seconds (default 60); a failed or timed-out render counts
# as likeness 0 with a note instead of stopping the run.
# Installs chromium and the fonts the engine bundles (Liberation, Nanum, DejaVu) with
# apt-get when missing, so both browsers draw with the same faces; scripts/install-corpus.sh
# installs the corpus itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
invocation="$(printf '%q ' "$0" "$@")"
invocation="${invocation% }"
[ -z "${MINIBROWSER:-}" ] || invocation="MINIBROWSER=$(printf '%q' "$MINIBROWSER") $invocation"
size="1280,800"
out=""
corpus=""
markdown=""
limit="${COMPARE_TIMEOUT:-60}"
usage() { echo "usage: $0 [-s W,H] [-o OUTDIR] [-c CORPUS_FILE] [-m MARKDOWN_FILE] [PAGE...]" >&2; exit 2; }
while getopts "s:o:c:m:" opt; do
  case "$opt" in
    s) size="$OPTARG" ;;
    o) out="$OPTARG" ;;
    c) corpus="$OPTARG" ;;
    m) markdown="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || [ -n "$corpus" ] || usage
if [ -n "${MINIBROWSER:-}" ]; then read -r -a browser <<< "$MINIBROWSER"; else browser=("$root/minibrowser"); fi
[ -n "$out" ] || out="$(mktemp -d)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# 1. Chromium and the same fonts the engine ships.
fonts=(fonts-liberation2 fonts-nanum fonts-dejavu-core fonts-dejavu-extra)
if ! command -v chromium >/dev/null; then
  echo "compare: installing chromium..." >&2
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends chromium "${fonts[@]}" >&2
fi
dpkg -s "${fonts[@]}" >/dev/null 2>&1 || apt-get install -y -qq --no-install-recommends "${fonts[@]}" >&2

# 2. The page list: parallel arrays of family, package, page (file or URL) and result name.
families=(); packages=(); pages=(); names=()
declare -A taken=()
is_url() { [[ "$1" =~ ^[A-Za-z][A-Za-z0-9+.-]*: ]]; }  # http:, https:, file:, data:, about:...
add_page() {  # add_page FAMILY PACKAGE PAGE
  local family="$1" package="$2" page="$3" base name
  if [ -f "$page" ] || ! is_url "$page"; then
    base="$(basename "$page")"; base="${base%.html}"; base="${base%.htm}"
    name="$base"
    [ "$family" = "-" ] || name="$family/$base"
    if [ -n "${taken[$name]:-}" ]; then  # same basename twice: prefix the parent directory
      name="${name%/*}/$(basename "$(dirname "$page")")-$base"
      [ "$family" = "-" ] && name="$(basename "$(dirname "$page")")-$base"
    fi
  else
    name="$(echo "$page" | tr -c 'A-Za-z0-9' '_' | cut -c1-40)"
    [ "$family" = "-" ] || name="$family/$name"
  fi
  local n=2 stem="$name"
  while [ -n "${taken[$name]:-}" ]; do name="$stem-$n"; n=$((n + 1)); done
  taken[$name]=1
  families+=("$family"); packages+=("$package"); pages+=("$page"); names+=("$name")
}
if [ -n "$corpus" ]; then
  [ -f "$corpus" ] || { echo "compare: no corpus file $corpus" >&2; exit 2; }
  while read -r family package path _; do
    case "$family" in ''|'#'*) continue ;; esac
    [ -n "$path" ] || { echo "compare: bad corpus line: $family $package" >&2; exit 2; }
    add_page "$family" "$package" "$path"
  done < "$corpus"
fi
for page in "$@"; do add_page - - "$page"; done

# 3. A local HTTP server for files, stopped on exit, restarted only when its root changes.
server_pid=""
server_root=""
port=""
scratch="$(mktemp -d)"
stop_server() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; server_pid=""; }
cleanup() { stop_server; rm -rf "$scratch"; }
trap cleanup EXIT
serve() {  # serve DIR: makes sure the server runs with DIR as its root
  [ "$server_root" = "$1" ] && [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null && return
  stop_server
  for _ in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 20000 ))
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
    server_pid=$!
    for _ in $(seq 50); do
      if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
        server_root="$1"; return
      fi
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    stop_server
  done
  echo "compare: could not start an HTTP server for $1" >&2; exit 1
}
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# 4. ImageCompare, compiled once (falls back to running the source file).
if javac -nowarn -d "$scratch/classes" "$here/ImageCompare.java" 2>/dev/null; then
  compare=(java -cp "$scratch/classes" ImageCompare)
else
  compare=(java "$here/ImageCompare.java")
fi

# 5. Render and compare each page.
declare -a likeness pixel layout edges rowsim notes
start_time=$(date +%s)
printf "%-40s %s\n" "page" "similarity (1.000 = identical)"
for i in "${!pages[@]}"; do
  page="${pages[$i]}"
  name="${names[$i]}"
  note=""
  if [ -f "$page" ]; then
    abs="$(cd "$(dirname "$page")" && pwd -L)/$(basename "$page")"
    if [[ "$abs" == /usr/share/doc/* ]]; then
      serve /usr/share/doc
      rel="${abs#/usr/share/doc/}"
    else
      serve "$(dirname "$abs")"
      rel="$(basename "$abs")"
    fi
    url="http://127.0.0.1:$port/$(urlencode "$rel")"
  elif is_url "$page"; then
    url="$page"
  else
    url=""; note="missing file $page"
  fi
  mkdir -p "$(dirname "$out/$name")"
  shot_c="$out/$name.chromium.png"
  shot_m="$out/$name.minibrowser.png"
  rm -f "$shot_c" "$shot_m"
  if [ -n "$url" ]; then
    profile="$(mktemp -d "$scratch/chromium-profile.XXXXXX")"
    rc=0
    timeout -k 5 "$limit" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
      --disable-background-networking --disable-component-update --disable-sync --no-first-run \
      --disable-quic --user-data-dir="$profile" --screenshot="$shot_c" --window-size="$size" "$url" \
      >/dev/null 2>&1 </dev/null || rc=$?
    rm -rf "$profile"
    if [ ! -s "$shot_c" ]; then
      [ "$rc" = 124 ] && note="chromium timed out after ${limit}s" || note="chromium failed (exit $rc)"
    fi
    rc=0
    timeout -k 5 "$limit" "${browser[@]}" --headless --screenshot="$shot_m" --window-size="$size" "$url" \
      >"$out/$name.minibrowser.log" 2>&1 </dev/null || rc=$?
    if [ ! -s "$shot_m" ]; then
      if [ "$rc" = 124 ]; then m="minibrowser timed out after ${limit}s"; else m="minibrowser failed (exit $rc, see $name.minibrowser.log)"; fi
      note="${note:+$note; }$m"
    elif [ "$rc" != 0 ]; then
      note="${note:+$note; }minibrowser exit $rc after its screenshot"
    fi
    [ -s "$out/$name.minibrowser.log" ] || rm -f "$out/$name.minibrowser.log"
  fi
  figures=""
  if [ -s "$shot_c" ] && [ -s "$shot_m" ]; then
    figures="$("${compare[@]}" "$shot_c" "$shot_m" 2>&1)" || { note="${note:+$note; }ImageCompare: $figures"; figures=""; }
  fi
  if [ -n "$figures" ]; then
    read -r _ lk _ _ _ px _ ly _ ed _ rw _ <<< "$figures"
    likeness[$i]="$lk"; pixel[$i]="$px"; layout[$i]="$ly"; edges[$i]="$ed"; rowsim[$i]="$rw"
    printf "%-40s %s%s\n" "$name" "$figures" "${note:+  ($note)}"
  else
    likeness[$i]="0.000"; pixel[$i]="-"; layout[$i]="-"; edges[$i]="-"; rowsim[$i]="-"
    printf "%-40s likeness 0.000  (%s)\n" "$name" "$note"
  fi
  notes[$i]="$note"
done
elapsed=$(( $(date +%s) - start_time ))

# 6. Summary: median and minimum likeness, pages below 0.6, per family medians.
n=${#pages[@]}
median_of() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
median="$(for i in "${!pages[@]}"; do echo "${likeness[$i]}"; done | median_of)"
worst=0
below=0
for i in "${!pages[@]}"; do
  if awk -v a="${likeness[$i]}" -v b="${likeness[$worst]}" 'BEGIN { exit !(a < b) }'; then worst=$i; fi
  if awk -v a="${likeness[$i]}" 'BEGIN { exit !(a < 0.6) }'; then below=$((below + 1)); fi
done
when="$(date -u '+%Y-%m-%d %H:%M UTC')"
summary="median likeness $median, minimum ${likeness[$worst]} (${names[$worst]}), $below of $n below 0.6; $when; ${elapsed}s; $invocation"
echo "summary: $summary"
echo "screenshots in $out" >&2

# 7. The Markdown document.
if [ -n "$markdown" ]; then
  chromium_version="$(chromium --version 2>/dev/null | head -1 || echo unknown)"
  md_escape() { printf '%s' "$1" | sed 's/|/\\|/g'; }
  tmp_md="$(mktemp "$scratch/md.XXXXXX")"
  {
    cat <<'EOF'
# minibrowser vs Chromium on a corpus of Debian documentation

This page measures how closely minibrowser's engine draws real-world documentation pages
compared with Debian's Chromium. The corpus (`scripts/corpus.txt`) is about fifty pages of
HTML documentation that Debian packages ship under `/usr/share/doc`, chosen to cover the
common documentation generators: Sphinx (python_docs_theme, the Sphinx project's theme,
sphinx_rtd_theme, alabaster, Debian policy's nature theme), Javadoc, Doxygen, gtk-doc,
AsciiDoc, DocBook, RDoc, YARD, Texinfo, man2html and hand-written HTML (Lua, SQLite).
Each package is pinned to an exact version, so a re-run measures the same bytes.

Install the corpus, Chromium and the fonts (as root; needs Debian 12's package mirrors):

    scripts/install-corpus.sh

Measure (this regenerates this whole file, intro included):

    scripts/compare-with-chromium.sh -c scripts/corpus.txt -o /tmp/corpus-out -m docs/corpus-comparison.md

(`MINIBROWSER=/path/to/launcher` before it picks another build of the browser.) Both
browsers load each page over HTTP from a local server rooted at `/usr/share/doc`, with the
same window size, and the screenshots (`/tmp/corpus-out/FAMILY/page.{chromium,minibrowser}.png`)
are compared by `scripts/ImageCompare.java`.

**Likeness** is the single figure to watch: both screenshots are cut into 40 x 40 px
regions, each region's "ink" (the share of pixels that differ clearly from the page
background) is measured, and likeness is the Pearson correlation of the two ink maps,
clamped to [0, 1]. It says whether the same regions of the screen carry content: 1 when
minibrowser puts text, boxes and images where Chromium does, near 0 when the layout has
nothing in common (or the page failed to render, which is noted). Ink is counted against the
page background, the commonest grey level of each screenshot (so a coloured header bar is
ink, not background); a page that is mostly a dark colour in both browsers counts its light
text as ink, which works the same way. Still,
look at the screenshots before trusting a single figure. The other columns:
*pixel* is 1 - mean grey difference / 255, *layout* is the unclamped correlation, *edges* is
the overlap of 20 x 20 px regions that hold edges, *rows* correlates ink per 8 px band of rows
(high when headings and paragraphs start at the same heights).
EOF
    echo
    echo "## Results"
    echo
    echo "Measured $when with $(md_escape "$chromium_version"), window ${size/,/ x } px, in ${elapsed}s:"
    echo
    echo '```'
    echo "$invocation"
    echo '```'
    echo
    echo "| page | family | package | likeness | pixel | layout | edges | rows | note |"
    echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
    for i in "${!pages[@]}"; do
      echo "| $(md_escape "${names[$i]}") | ${families[$i]} | ${packages[$i]} | ${likeness[$i]} | ${pixel[$i]} | ${layout[$i]} | ${edges[$i]} | ${rowsim[$i]} | $(md_escape "${notes[$i]}") |"
    done
    echo
    echo "### Per family"
    echo
    echo "| family | pages | median likeness | minimum likeness |"
    echo "| --- | ---: | ---: | ---: |"
    for fam in $(printf '%s\n' "${families[@]}" | awk '!seen[$0]++'); do
      vals="$(for i in "${!pages[@]}"; do if [ "${families[$i]}" = "$fam" ]; then echo "${likeness[$i]}"; fi; done)"
      echo "| $fam | $(echo "$vals" | wc -l) | $(echo "$vals" | median_of) | $(echo "$vals" | sort -g | head -1) |"
    done
    echo
    echo "**Summary:** median likeness **$median**; minimum ${likeness[$worst]} ($(md_escape "${names[$worst]}")); $below of $n pages below 0.6. Measured $when with \`$(md_escape "$invocation")\`."
  } > "$tmp_md"
  mkdir -p "$(dirname "$markdown")"
  chmod 644 "$tmp_md"
  mv "$tmp_md" "$markdown"
  echo "markdown in $markdown" >&2
fi
