#!/usr/bin/env bash
# Build benchmark with several languages per brand (issue 15): 1,000 generated brands × 5 channels, first in one
# language (English), then in three (English and two others of mixed scripts: Arabic, Japanese, Hindi, …), both
# full builds without the build cache. Whole-process wall time, CPU time (user + sys), peak memory and the load
# average, as scripts/bench.sh measures; the per-stage times of --timings follow each run.
#   bash scripts/bench-languages.sh              # 1,000 brands
#   BRANDS=100 bash scripts/bench-languages.sh   # a quicker run
#   LANGUAGES=5 bash scripts/bench-languages.sh  # more languages per brand in the second run
# Runs at nice 10 so it does not crowd out other work on a shared machine; compare CPU time, not wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-1000}
languages=${LANGUAGES:-3}
dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo >/dev/null
ssla=src/SslaPublisher.Cli/bin/Release/net10.0/ssla
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL CMD...: runs CMD under GNU time at nice 10, prints wall, CPU, peak memory, load and files written.
measure() {
  local label=$1; shift
  nice -n 10 /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall user sys kb < "$work/time"
  printf '| %s | %s s | %.2f s | %d MiB | %s | %s |\n' "$label" "$wall" "$(awk "BEGIN { print $user + $sys }")" $((kb / 1024)) \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(find "$work/site" -type f | wc -l)"
  grep -E '^  [a-z]+ ' "$work/out" | sed 's/^/|   stage /; s/$/ | | | | | |/' || true
}

echo "| run | wall | CPU (user + sys) | peak memory | load average | files |"
echo "|---|---|---|---|---|---|"
"$ssla" build examples/acme-air -o "$work/warm" >/dev/null  # the first run after a build pays for disk caches
for n in 1 "$languages"; do
  rm -rf "$work/agency" "$work/site"
  "$ssla" sample-brands "$work/agency" --count "$brands" --channels 5 --languages "$n" --logo examples/acme-air/logo.png >/dev/null
  measure "$brands brands × 5 channels × $n language(s), full build" "$ssla" build "$work/agency" -o "$work/site" --no-cache --timings
done
