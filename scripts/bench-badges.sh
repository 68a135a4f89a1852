#!/usr/bin/env bash
# Badge SVGs per second, ssla beside shields' badge-maker (npm) on the same specs, in one run (issue 18).
#   bash scripts/bench-badges.sh          # 10,000 specs
#   SPECS=2000 bash scripts/bench-badges.sh
# Two spec sets: "agency" (platforms × kinds with real durations and hours, so texts repeat as they do across an
# agency's brands) and "distinct" (every message different, so every badge is shaped). Each side times one process
# in steady state: a warm-up pass, then passes until 2 s. Prints a Markdown table with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
specs=${SPECS:-10000}
bash scripts/setup.sh >/dev/null
# The peers live in their own package (bench/peers), installed only for benchmarks.
[ -d bench/peers/node_modules/badge-maker ] || npm ci --prefix bench/peers --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
dotnet build bench/SslaPublisher.Bench -c Release --verbosity quiet --nologo >/dev/null
bench="dotnet bench/SslaPublisher.Bench/bin/Release/net10.0/SslaPublisher.Bench.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
echo "| specs | badge-maker (badges/s) | ssla (badges/s) | ssla ÷ badge-maker | load average |"
echo "|---|---:|---:|---:|---:|"
for set in agency distinct; do
  flag=""; [ "$set" = distinct ] && flag="--distinct"
  $bench badge-specs "$specs" "$work/$set.json" $flag
  peer=$(node bench/peers/badges.js "$work/$set.json" | cut -d' ' -f4)
  ours=$($bench badge-svg "$work/$set.json" | cut -d' ' -f4)
  printf '| %s, %s | %s | %s | %.2f× | %s |\n' "$set" "$specs" "$peer" "$ours" "$(awk "BEGIN { print $ours / $peer }")" "$(cut -d' ' -f1 /proc/loadavg)"
done
