#!/usr/bin/env bash
# End-to-end build benchmark (issue 11): whole-process wall time and peak memory, as a user runs the tool.
#   bash scripts/bench.sh            # 1,000 brands × 5 channels
#   BRANDS=100 bash scripts/bench.sh # a quicker run
# Prints a Markdown table for docs/BENCHMARKS.md. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-1000}
bash scripts/setup.sh >/dev/null
dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo >/dev/null
ssla=src/SslaPublisher.Cli/bin/Release/net10.0/ssla
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL CMD...: runs CMD under GNU time, prints "wall s, peak MiB" and keeps the tool's own output.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall kb < "$work/time"
  printf '| %s | %s s | %d MiB |\n' "$label" "$wall" $((kb / 1024))
  grep -E '^  [a-z]+ ' "$work/out" | sed 's/^/|   stage /; s/$/ | | |/' || true
}

echo "| run | wall | peak memory |"
echo "|---|---|---|"
"$ssla" build examples/acme-air -o "$work/warm" >/dev/null  # the first run after a build pays for disk caches
for i in 1 2 3; do measure "example brand, cold process (run $i)" "$ssla" build examples/acme-air -o "$work/example"; done
"$ssla" sample-brands "$work/agency" --count "$brands" --channels 5 --logo examples/acme-air/logo.png >/dev/null
measure "$brands brands × 5 channels, full build" "$ssla" build "$work/agency" -o "$work/site" --no-cache --timings
sed -i 's/Orders, deliveries/Parcels, deliveries/' "$work/agency/brand-0000/ssla.yaml"
measure "rebuild with one brand changed" "$ssla" build "$work/agency" -o "$work/site" --timings
measure "rebuild with nothing changed" "$ssla" build "$work/agency" -o "$work/site"
