#!/usr/bin/env bash
# Sharded agency benchmark (issue 21): BRANDS generated brands (default 10,000 × CHANNELS=2 channels) built and
# published by SHARDS processes at once (default 4), as a CI matrix of SHARDS runners would, to a private Azurite:
#   1. per shard, in parallel:  ssla build <agency> --shard i/n -o site-i      (full build of the shard)
#                               ssla publish --from site-i                    (first upload: listing + diff + upload)
#   2. once:                    ssla publish <agency> --index-only            (the brand index, after every shard)
#   3. per shard, in parallel:  ssla publish <agency> --shard i/n -o site-i   (unchanged: incremental build + sync)
#   4. shard 1 alone:           ssla publish --from site-1                    (unchanged: manifest read + MD5 diff only)
#   5. per shard, in parallel:  ssla publish --from site-i                    (the same, every shard at once)
#   6. shard 1 alone:           ssla publish --from site-1 --verify           (unchanged: listing + MD5 diff, as before manifests)
# The first upload of a shard lists (no manifest yet) and writes the shard's manifest; the unchanged runs read it.
# Every unchanged run must upload nothing (checked from --json). Prints Markdown tables with wall time, CPU,
# peak memory (max RSS), files/s, how the target's state was learnt ("remote": manifest or listing, from --json)
# and the load average for docs/BENCHMARKS.md. VERIFY=0 skips step 6 (a listing per brand folder: slow on Azurite).
#   bash scripts/bench-shards.sh
#   BRANDS=200 SHARDS=2 bash scripts/bench-shards.sh   # a quick check of the script
#   SETUP=0 bash scripts/bench-shards.sh               # skip scripts/setup.sh (npm tools already installed)
#   LANGUAGES=1 CHANNELS=1 bash scripts/bench-shards.sh  # English-only brands with one channel (passed to sample-brands)
#   SSLA=/tmp/ssla-bin/ssla bash scripts/bench-shards.sh  # a CLI built beforehand (see bench/private-azurite.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-10000}
channels=${CHANNELS:-2}
shards=${SHARDS:-4}
source scripts/bench/private-azurite.sh
to=(--connection-string "$cs" --container web --json)

# timed NAME CMD...: runs CMD under GNU time; writes "wall cpu maxrss-MiB load" to $work/NAME.time (load: the
# 1-minute load average when it ended) and output to NAME.out.
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.raw" "$@" > "$work/$name.out" 2>&1 \
    || { echo "$name failed:" >&2; cat "$work/$name.out" >&2; exit 1; }
  read -r wall user sys rss < "$work/$name.raw"
  awk "BEGIN { printf \"%s %.2f %.0f %s\n\", $wall, $user + $sys, $rss / 1024, $(cut -d' ' -f1 /proc/loadavg) }" > "$work/$name.time"
}
field() { sed -n "s/.*\"$2\": *\([0-9.]*\).*/\1/p" "$work/$1.out" | tail -n 1; }   # a number from --json output
text() { sed -n "s/.*\"$2\": *\"\([^\"]*\)\".*/\1/p" "$work/$1.out" | tail -n 1; }   # a string from --json output
row() { # LABEL NAME [FILES]: one table row; listing and diff seconds from the publish's --json "seconds"
  read -r wall cpu rss load < "$work/$2.time"
  local rate="–"; [ -n "${3:-}" ] && rate=$(awk "BEGIN { printf \"%.0f\", $3 / $wall }")
  local list diff remote; list=$(field "$2" list); diff=$(field "$2" diff); remote=$(text "$2" remote)
  printf '| %s | %s s | %s s | %s MiB | %s | %s | %s | %s | %s |\n' "$1" "$wall" "$cpu" "$rss" "$rate" \
    "${list:+$list s}" "$remote" "${diff:+$diff s}" "$load"
}
# stage NAME CMD...: runs CMD for every shard i at once (CMD may use {i} and {n}); wall of the slowest in $work/NAME.wall.
stage() {
  local name=$1; shift
  local started; started=$(date +%s.%N)
  local pids=()
  for i in $(seq 1 "$shards"); do
    local args=("${@//\{i\}/$i}"); args=("${args[@]//\{n\}/$shards}")
    timed "$name-$i" "${args[@]}" & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $started }" > "$work/$name.wall"
}

"$ssla" sample-brands "$work/agency" --count "$brands" --channels "$channels" ${LANGUAGES:+--languages "$LANGUAGES"} \
  --logo examples/acme-air/logo.png >/dev/null
echo "$brands brands × $channels channels (languages: ${LANGUAGES:-default}) in $shards shards; Azurite 3.37 on 127.0.0.1:$port; $(nproc) cores"

stage build "$ssla" build "$work/agency" --shard "{i}/{n}" -o "$work/site-{i}"
stage first "$ssla" publish --from "$work/site-{i}" "${to[@]}"
timed index "$ssla" publish "$work/agency" --index-only "${to[@]}"
stage again "$ssla" publish "$work/agency" --shard "{i}/{n}" -o "$work/site-{i}" "${to[@]}"
timed diff-1 "$ssla" publish --from "$work/site-1" "${to[@]}"
stage diffall "$ssla" publish --from "$work/site-{i}" "${to[@]}"
[ "${VERIFY:-1}" = 0 ] || timed verify-1 "$ssla" publish --from "$work/site-1" --verify "${to[@]}"

echo
echo "| run | wall | CPU (user + sys) | peak memory | files/s | state read | state from | diff | load average |"
echo "|---|---|---|---|---|---|---|---|---|"
files_total=0
for i in $(seq 1 "$shards"); do
  files=$(find "$work/site-$i" -type f ! -name '.*' | wc -l); files_total=$((files_total + files))
  row "shard $i/$shards: build ($files files)" "build-$i" "$files"
  row "shard $i/$shards: first upload" "first-$i" "$(field "first-$i" uploaded)"
  row "shard $i/$shards: unchanged republish (incremental build + sync)" "again-$i"
  [ "$(field "again-$i" uploaded)" = 0 ] || { echo "shard $i: the unchanged republish uploaded files" >&2; exit 1; }
  row "shard $i/$shards: unchanged, state + MD5 diff only (--from), all shards at once" "diffall-$i" "$(field "diffall-$i" unchanged)"
  [ "$(field "diffall-$i" uploaded)" = 0 ] || { echo "shard $i: the unchanged --from publish uploaded files" >&2; exit 1; }
done
row "index of brands (--index-only)" index
row "shard 1/$shards: unchanged, state + MD5 diff only (--from), alone" diff-1 "$(field diff-1 unchanged)"
[ "$(field diff-1 uploaded)" = 0 ] || { echo "the unchanged --from publish uploaded files" >&2; exit 1; }
if [ "${VERIFY:-1}" != 0 ]; then
  row "shard 1/$shards: unchanged, listing + MD5 diff (--from --verify), alone" verify-1 "$(field verify-1 unchanged)"
  [ "$(field verify-1 uploaded)" = 0 ] || { echo "the unchanged --verify publish uploaded files" >&2; exit 1; }
fi
for name in again-1 diff-1; do
  [ "$(text "$name" remote)" = manifest ] || { echo "$name did not use the shard's manifest" >&2; exit 1; }
done
echo
echo "| all shards at once | wall of the slowest |"
echo "|---|---|"
echo "| build ($files_total files) | $(cat "$work/build.wall") s |"
echo "| first upload | $(cat "$work/first.wall") s |"
echo "| unchanged republish | $(cat "$work/again.wall") s |"
echo "| unchanged, state + MD5 diff only (--from) | $(cat "$work/diffall.wall") s |"
per_k() { awk "BEGIN { printf \"%.2f\", $1 / ($brands / $shards / 1000) }"; }
slowest=$(for i in $(seq 1 "$shards"); do cut -d' ' -f1 "$work/again-$i.time"; done | sort -g | tail -n 1)
echo
echo "Unchanged republish of one shard ($((brands / shards)) brands), per 1,000 of its brands (goal: under 10 s):"
echo "slowest shard, all at once, incremental build + sync: $(per_k "$slowest") s; shard 1 alone, manifest + diff (--from): $(per_k "$(cut -d' ' -f1 "$work/diff-1.time")") s."
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
