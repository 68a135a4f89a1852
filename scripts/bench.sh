#!/usr/bin/env bash
# End-to-end build benchmark (issue 11): whole-process wall time, CPU time and peak memory, as a user runs the tool.
#   bash scripts/bench.sh            # 1,000 brands × 5 channels
#   BRANDS=100 bash scripts/bench.sh # a quicker run
#   R2R=0 bash scripts/bench.sh      # skip the ReadyToRun publish (it takes a few minutes)
# Prints a Markdown table for docs/BENCHMARKS.md. CPU time (user + sys) is the figure to compare on a shared
# machine; wall time on a busy machine is mostly waiting for a core (the load average is printed beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-1000}
bash scripts/setup.sh >/dev/null
dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo >/dev/null
ssla=src/SslaPublisher.Cli/bin/Release/net10.0/ssla
# ReadyToRun: the same tool compiled ahead of time, published inside the checkout so it finds the fonts in
# node_modules the way the plain build does (see docs/BENCHMARKS.md, "Cold start").
r2r=src/SslaPublisher.Cli/bin/r2r/ssla
if [ "${R2R:-1}" != 0 ]; then
  dotnet publish src/SslaPublisher.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o src/SslaPublisher.Cli/bin/r2r --verbosity quiet --nologo >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL CMD...: runs CMD under GNU time, prints wall, CPU, peak memory and load; keeps the tool's output.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall user sys kb < "$work/time"
  printf '| %s | %s s | %.2f s | %d MiB | %s |\n' "$label" "$wall" "$(awk "BEGIN { print $user + $sys }")" $((kb / 1024)) \
    "$(cut -d' ' -f1 /proc/loadavg)"
  grep -E '^  [a-z]+ ' "$work/out" | sed 's/^/|   stage /; s/$/ | | | | |/' || true
}

echo "| run | wall | CPU (user + sys) | peak memory | load average |"
echo "|---|---|---|---|---|"
"$ssla" build examples/acme-air -o "$work/warm" >/dev/null  # the first run after a build pays for disk caches
for i in 1 2 3; do measure "example brand, cold process (run $i)" "$ssla" build examples/acme-air -o "$work/example"; done
if [ -x "$r2r" ]; then
  "$r2r" build examples/acme-air -o "$work/warm" >/dev/null
  for i in 1 2 3; do measure "example brand, cold process, ReadyToRun (run $i)" "$r2r" build examples/acme-air -o "$work/example-r2r"; done
  diff -r "$work/example" "$work/example-r2r" >/dev/null || { echo "ReadyToRun output differs from the plain build" >&2; exit 1; }
fi
"$ssla" sample-brands "$work/agency" --count "$brands" --channels 5 --logo examples/acme-air/logo.png >/dev/null
measure "$brands brands × 5 channels, full build" "$ssla" build "$work/agency" -o "$work/site" --no-cache --timings
sed -i 's/Orders, deliveries/Parcels, deliveries/' "$work/agency/brand-0000/ssla.yaml"
measure "rebuild with one brand changed" "$ssla" build "$work/agency" -o "$work/site" --timings
measure "rebuild with nothing changed" "$ssla" build "$work/agency" -o "$work/site"
