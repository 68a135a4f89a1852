#!/usr/bin/env bash
# Cold start of whole processes as a user runs them (issue 18): the packed tool installed with `dotnet tool install`
# (Native AOT for this machine's runtime where it has a C linker, else ReadyToRun) beside the checkout's plain Release
# build (JIT), on README's commands
# (`ssla init my-brand`, then validate, count, due, build) and on the example brand (logo and photo: the image
# checks and every stage), with `ssla --version` of the packed tool as the floor.
# The commands run in rounds, each round every command once, so a change of load on a shared machine hits them all
# alike (hyperfine, which runs one command's runs back to back, gave ratios that drifted with the load here); after
# two warm-up rounds, the table gives each command's median and minimum wall time, median CPU (user + sys), its
# median over the floor's median, and the load average over the run. Hugo (Debian's package, installed when missing)
# building a 10-page site runs in the same rounds as the peer.
#   bash scripts/bench-start.sh                      # packs and installs the tool into a temporary folder first
#   TOOL=/path/to/ssla bash scripts/bench-start.sh   # an installed tool instead
#   RUNS=20 bash scripts/bench-start.sh              # rounds (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/ssla-bench-start.XXXXXX")
trap 'rm -rf "$work"' EXIT

dotnet build src/SslaPublisher.Cli -c Release --verbosity quiet --nologo >/dev/null
jit=$(pwd)/src/SslaPublisher.Cli/bin/Release/net10.0/ssla
tool_work=$work
source scripts/bench/packed-tool.sh

cd "$work"
"$jit" init my-brand >/dev/null
cp -r "$OLDPWD/examples/acme-air" example
received=2026-11-23T22:55:00Z
# label|arguments, run with both tools (the floor with the packed one only).
cases=(
  "validate my-brand/ssla.yaml|validate my-brand/ssla.yaml"
  "count --platform x|count --platform x 'Help 9–6 ET'"
  "due my-brand|due my-brand --channel x-support --received $received"
  "build my-brand|build my-brand -o site-mine"
  "validate example|validate example/ssla.yaml"
  "due example|due example --channel x-help --received $received"
  "build example|build example -o site-example"
)
commands=("--version (floor)|packed|$tool --version")
for which in packed checkout; do
  bin=$tool; [ "$which" = checkout ] && bin=$jit
  for case in "${cases[@]}"; do commands+=("${case%%|*}|$which|$bin ${case#*|}"); done
done
# The peer: Hugo building a 10-page site, the static-site generator's cold start (issue 18's yardstick).
source "$OLDPWD/scripts/bench/hugo.sh"
if [ -n "$hugo" ]; then
  hugo_site hugo-site
  for i in $(seq 1 10); do printf -- '---\ntitle: "Page %s"\n---\nWhen we answer, **how fast**, and where to go instead (%s).\n' "$i" "$i" >"hugo-site/content/page-$i.md"; done
  commands+=("Hugo, 10-page site (peer)|hugo|$hugo --quiet -s hugo-site -d hugo-out")
fi

load_before=$(cut -d' ' -f1 /proc/loadavg)
for round in $(seq -2 "$runs"); do
  for i in "${!commands[@]}"; do
    command=${commands[$i]##*|}
    # Wall time from the shell's microsecond clock (GNU time's %e has 10 ms steps, the size of a Native AOT start).
    start=$EPOCHREALTIME
    /usr/bin/time -f "%U %S" -o "$work/time" bash -c "exec $command" >"$work/out" 2>&1 \
      || { echo "bench-start: '$command' failed:" >&2; cat "$work/out" >&2; exit 1; }
    end=$EPOCHREALTIME
    [ "$round" -ge 1 ] && echo "$i $(awk "BEGIN { print $end - $start }") $(cat "$work/time")" >> "$work/times"
  done
done
load_after=$(cut -d' ' -f1 /proc/loadavg)

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
floor=$(awk '$1 == 0 { print $2 }' "$work/times" | median)
echo "$runs rounds after 2 warm-up rounds; load average $load_before at the start, $load_after at the end; $(nproc) cores"
echo
echo "| command | tool | median wall | min wall | median CPU (user + sys) | ÷ floor |"
echo "|---|---|---:|---:|---:|---:|"
for i in "${!commands[@]}"; do
  IFS='|' read -r label which _ <<<"${commands[$i]}"
  wall=$(awk -v i="$i" '$1 == i { print $2 }' "$work/times" | median)
  min=$(awk -v i="$i" '$1 == i { print $2 }' "$work/times" | sort -n | head -1)
  cpu=$(awk -v i="$i" '$1 == i { print $3 + $4 }' "$work/times" | median)
  printf '| %s | %s | %.3f s | %.3f s | %.2f s | %.1f× |\n' "$label" "$which" "$wall" "$min" "$cpu" "$(awk "BEGIN { print $wall / $floor }")"
done
