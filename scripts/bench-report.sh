#!/usr/bin/env bash
# Benchmark of `ssla report`: generates ROWS-ish reply rows for the example brand (deterministic, seed 1) and
# measures one report run with /usr/bin/time -v (wall time, CPU time, peak resident memory).
# Usage: bash scripts/bench-report.sh [scale]   (scale 150 ≈ 1,000,000 rows; 300 ≈ 2,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-150}"
work="${TMPDIR:-/tmp}/ssla-bench-report"
mkdir -p "$work"
dotnet build src/SslaPublisher.Cli --configuration Release -v quiet -nologo >/dev/null
ssla="src/SslaPublisher.Cli/bin/Release/net10.0/ssla"
csv="$work/replies-$scale.csv"
[ -f "$csv" ] || "$ssla" sample-replies examples/acme-air --months 6 --seed 1 --through 2026-11 --scale "$scale" -o "$csv"
echo "rows: $(( $(wc -l < "$csv") - 1 )), file: $(du -h "$csv" | cut -f1)"
# A warm-up run so the figures are not those of a cold disk cache.
"$ssla" report examples/acme-air --replies "$csv" --as-of 2026-12-01T12:00:00Z --json > /dev/null
/usr/bin/time -v "$ssla" report examples/acme-air --replies "$csv" --as-of 2026-12-01T12:00:00Z --json \
  > "$work/report.json" 2> "$work/time.txt"
grep -E "Elapsed \(wall|User time|System time|Percent of CPU|Maximum resident" "$work/time.txt"
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
