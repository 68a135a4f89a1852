#!/usr/bin/env bash
# Publish benchmark (issue 18): an agency of BRANDS generated brands (default 200 × 5 channels) published to a
# private Azurite, side by side with a plain Node @azure/storage-blob script (scripts/bench/publish-baseline.mjs:
# one listing, MD5 of every local file, upload of what differs) in the same run, each into its own container:
#   1. first upload of the built folder   ssla publish --from site   vs  baseline into an empty container
#   2. unchanged republish                ssla publish <agency> -o site (incremental build + sync)  vs  baseline
#   3. one brand changed                  ssla publish <agency> -o site  vs  baseline + ssla's incremental build alone
# Runs 2 and 3 are repeated RUNS times (default 3), alternating the tools. Prints a Markdown table with wall time,
# CPU (user + sys) and the load average for docs/BENCHMARKS.md, and the ratios against the targets.
#   bash scripts/bench-publish.sh
#   BRANDS=50 RUNS=1 bash scripts/bench-publish.sh   # a quicker run
#   SETUP=0 bash scripts/bench-publish.sh            # skip scripts/setup.sh (npm tools already installed)
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-200}
runs=${RUNS:-3}
source scripts/bench/private-azurite.sh

# measure LABEL CMD...: wall and CPU seconds under GNU time; appends "label wall cpu" to $work/figures.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r wall user sys < "$work/time"
  local cpu; cpu=$(awk "BEGIN { printf \"%.2f\", $user + $sys }")
  echo "$label $wall $cpu" >> "$work/figures"
  printf '| %s | %s s | %s s | %s | %s |\n' "$label" "$wall" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$(tail -n 1 "$work/out" | cut -c1-90)"
}
wall() { grep "^$1 " "$work/figures" | awk '{ print $2 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }  # median

"$ssla" sample-brands "$work/agency" --count "$brands" --channels 5 --logo examples/acme-air/logo.png >/dev/null
"$ssla" build "$work/agency" -o "$work/site" >/dev/null
echo "$brands brands: $(find "$work/site" -type f ! -name '.*' | wc -l) files, $(du -sh --apparent-size "$work/site" | cut -f1) (Azurite 3.37 on 127.0.0.1:$port; $(nproc) cores)"
echo
echo "| run | wall | CPU (user + sys) | load average | last line of output |"
echo "|---|---|---|---|---|"
baseline=(node scripts/bench/publish-baseline.mjs "$work/site" "$cs" node)
to_ssla=(--connection-string "$cs" --container ssla --json)

measure first-ssla "$ssla" publish --from "$work/site" "${to_ssla[@]}"
measure first-node "${baseline[@]}"
for i in $(seq 1 "$runs"); do
  measure unchanged-ssla "$ssla" publish "$work/agency" -o "$work/site" "${to_ssla[@]}"
  measure unchanged-node "${baseline[@]}"
done
for i in $(seq 1 "$runs"); do
  # One brand's text changes (alternating, so every run has a change to render and upload).
  if [ $((i % 2)) = 1 ]; then from="Orders, deliveries"; to="Parcels, deliveries"; else from="Parcels, deliveries"; to="Orders, deliveries"; fi
  sed -i "s/$from/$to/" "$work/agency/brand-0000/ssla.yaml"
  # The incremental build alone, on a hard-linked copy of the build folder (the build replaces files, never edits them).
  rm -rf "$work/site-copy"; cp -al "$work/site" "$work/site-copy"
  measure changed-build "$ssla" build "$work/agency" -o "$work/site-copy"
  measure changed-ssla "$ssla" publish "$work/agency" -o "$work/site" "${to_ssla[@]}"
  measure changed-node "${baseline[@]}"
done

echo
first=$(awk "BEGIN { printf \"%.2f\", $(wall first-ssla) / $(wall first-node) }")
unchanged=$(awk "BEGIN { printf \"%.2f\", $(wall unchanged-ssla) / $(wall unchanged-node) }")
changed=$(awk "BEGIN { printf \"%.2f\", $(wall changed-ssla) / ($(wall changed-node) + $(wall changed-build)) }")
echo "| target (medians of wall time) | ratio | goal |"
echo "|---|---|---|"
echo "| first upload: ssla / baseline | $first | ≤ 1.1 |"
echo "| unchanged republish: ssla / baseline | $unchanged | ≤ 1.2 |"
echo "| one brand changed: ssla / (baseline + incremental build) | $changed | ≤ 1.2 |"
echo
echo "uptime: $(uptime)"
