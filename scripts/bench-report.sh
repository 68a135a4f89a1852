#!/usr/bin/env bash
# Benchmark of `ssla report` beside DuckDB (issue 18): generates ROWS-ish reply rows for the example brand
# (deterministic, seed 1), then times whole processes under GNU time, alternating ssla and DuckDB (node package
# @duckdb/node-api, bench/peers/report-duckdb.js: per channel and month, rows, answered, median and p90 of the wall
# time to reply) on the same CSV: wall, CPU (user + sys), peak memory, load average. ssla runs as users install it,
# the packed tool (Native AOT for this machine where it can link, else ReadyToRun), whose median gives the ratio;
# the checkout's plain build (JIT) runs beside it for comparison.
# Usage: bash scripts/bench-report.sh [scale]   (scale 150 ≈ 1,000,000 rows; 300 ≈ 2,000,000)
#        RUNS=5 bash scripts/bench-report.sh    (runs each, default 3)
#        TOOL=path/to/ssla bash scripts/bench-report.sh   (an installed tool instead of packing one)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-150}"
runs=${RUNS:-3}
work="${TMPDIR:-/tmp}/ssla-bench-report"
mkdir -p "$work"
[ -d bench/peers/node_modules/@duckdb/node-api ] || npm ci --prefix bench/peers --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
dotnet build src/SslaPublisher.Cli --configuration Release -v quiet -nologo >/dev/null
ssla="src/SslaPublisher.Cli/bin/Release/net10.0/ssla"
tool_work=$(mktemp -d "${TMPDIR:-/tmp}/ssla-bench-report-tool.XXXXXX")
trap 'rm -rf "$tool_work"' EXIT
source scripts/bench/packed-tool.sh
csv="$work/replies-$scale.csv"
[ -f "$csv" ] || "$ssla" sample-replies examples/acme-air --months 6 --seed 1 --through 2026-11 --scale "$scale" -o "$csv"
echo "rows: $(( $(wc -l < "$csv") - 1 )), file: $(du -h "$csv" | cut -f1), cores: $(nproc)"

# measure LABEL CMD...: one whole process under GNU time; prints a table row.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall user sys kb < "$work/time"
  printf '| %s | %s s | %.2f s | %d MB | %s |\n' "$label" "$wall" "$(awk "BEGIN { print $user + $sys }")" $((kb / 1024)) \
    "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$label $wall" >> "$work/walls"
}

arguments=(report examples/acme-air --replies "$csv" --as-of 2026-12-01T12:00:00Z --json)
duckdb=(node bench/peers/report-duckdb.js "$csv")
# Warm-up runs, so neither side pays for a cold disk cache.
"$tool" "${arguments[@]}" > /dev/null
"${duckdb[@]}" > /dev/null
rm -f "$work/walls"
echo
echo "| run | wall | CPU (user + sys) | peak memory (max RSS) | load average |"
echo "|---|---:|---:|---:|---:|"
for i in $(seq "$runs"); do
  measure "ssla report, packed (run $i)" "$tool" "${arguments[@]}"
  measure "DuckDB (run $i)" "${duckdb[@]}"
  measure "ssla report, checkout (run $i)" "$ssla" "${arguments[@]}"
done
median() { grep "^$1" "$work/walls" | awk '{ print $NF }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ours=$(median "ssla report, packed"); peer=$(median "DuckDB"); jit=$(median "ssla report, checkout")
echo
echo "median wall: ssla (packed) ${ours} s, DuckDB ${peer} s: ssla ÷ DuckDB = $(awk "BEGIN { printf \"%.2f\", $ours / $peer }")× (checkout build ${jit} s: $(awk "BEGIN { printf \"%.2f\", $jit / $peer }")×)"
