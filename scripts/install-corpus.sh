#!/usr/bin/env bash
# Installs the page corpus of scripts/corpus.txt: Debian (bookworm) documentation packages,
# each pinned to an exact version so that every run measures the same bytes, plus Chromium
# and the fonts both browsers draw with. Run as root (it calls apt-get directly):
#
#   scripts/install-corpus.sh
#
# Afterwards it checks that every page listed in corpus.txt exists and fails loudly if not.
# When Debian moves a package to a new version (a point release or security update), the
# pinned version disappears from the mirror: update the version here, re-run, and re-run
# compare-with-chromium.sh -c so the table in docs/corpus-comparison.md is measured anew.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

pinned=(
  # Sphinx, python_docs_theme
  python3-doc=3.11.2-1
  python3.11-doc=3.11.2-6+deb12u9
  # Sphinx, the Sphinx project's own theme; libjs-sphinxdoc holds the JS/CSS the
  # Sphinx-made packages link to
  sphinx-doc=5.3.0-4
  libjs-sphinxdoc=5.3.0-4
  # Sphinx, sphinx_rtd_theme (khal's manual uses it; the theme's CSS and fonts come
  # from sphinx-rtd-theme-common through symlinks)
  khal-doc=1:0.10.5-1.1
  sphinx-rtd-theme-common=1.2.0+dfsg-1
  # Sphinx, alabaster theme
  python-requests-doc=2.28.1+dfsg-1
  # Sphinx, Debian policy (the classic-ish theme)
  debian-policy=4.6.2.0
  # Javadoc
  openjdk-17-doc=17.0.21.1+2-1~deb12u1
  # Doxygen
  libstdc++-12-doc=12.2.0-14+deb12u1
  doxygen-doc=1.9.4-4
  # gtk-doc
  libglib2.0-doc=2.74.6-2+deb12u9
  # AsciiDoc
  git-doc=1:2.39.5-0+deb12u3
  # DocBook
  postgresql-doc-15=15.20-0+deb12u1
  # RDoc (Darkfish). ruby3.1-doc ships only ri data, no HTML, so a gem's HTML docs stand in
  ruby-rubymail-doc=1.1.4-1
  # YARD (nginx-doc ships only example configs, no HTML, so it is not part of the corpus)
  ruby-mocha-doc=1.16.1-1
  # hand-written HTML (Lua reference manual, SQLite's site)
  lua5.2-doc=5.2.4-3
  sqlite3-doc=3.40.1-2+deb12u2
  # Texinfo HTML
  bash-doc=5.2.15-2
)
unpinned=(chromium fonts-liberation2 fonts-nanum fonts-dejavu-core fonts-dejavu-extra)

missing=()
for spec in "${pinned[@]}"; do
  pkg="${spec%%=*}"
  want="${spec#*=}"
  have="$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$pkg" 2>/dev/null || true)"
  [ "$have" = "ii $want" ] || missing+=("$spec")
done
for pkg in "${unpinned[@]}"; do
  dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-corpus: installing ${#missing[@]} package(s): ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends --allow-downgrades "${missing[@]}" \
    > /dev/null 2> >(grep -v 'apt-utils is not installed' >&2)
fi

# Every listed page must exist (third column of corpus.txt).
bad=0
while read -r family package path _; do
  case "$family" in ''|'#'*) continue ;; esac
  if [ ! -f "$path" ]; then
    echo "install-corpus: MISSING $family $package $path" >&2
    bad=1
  fi
done < "$here/corpus.txt"
[ "$bad" = 0 ] || { echo "install-corpus: some corpus pages are missing (see above)" >&2; exit 1; }
echo "install-corpus: $(grep -cvE '^\s*(#|$)' "$here/corpus.txt") pages present" >&2
