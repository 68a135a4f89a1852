#!/usr/bin/env bash
# The index step of a sharded agency publish (`ssla publish --from <--index-only build> --delete`) against a private
# Azurite holding the whole agency: BRANDS generated brands × 1 channel are built and uploaded once, then the index
# step runs RUNS times; with OLD=path/to/ssla it alternates with that build. Prints each run's wall time and the
# publish's own stage seconds (the listing is the one that grows with the agency).
#   BRANDS=2000 bash scripts/bench-index.sh
#   BRANDS=2000 OLD=/path/to/older/ssla SSLA=/path/to/ssla SETUP=0 bash scripts/bench-index.sh
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-200}
runs=${RUNS:-3}
source scripts/bench/private-azurite.sh

"$ssla" sample-brands "$work/agency" --count "$brands" --channels 1 >/dev/null
"$ssla" build "$work/agency" -o "$work/site" >/dev/null
"$ssla" publish --from "$work/site" --connection-string "$cs" --container agency >/dev/null
"$ssla" build "$work/agency" -o "$work/site-index" --index-only >/dev/null
echo "$brands brands: $(find "$work/site" -type f ! -name '.*' | wc -l) files published; $(nproc) cores"
tools=(new); [ -n "${OLD:-}" ] && tools=(old new)
for i in $(seq 1 "$runs"); do
  for which in "${tools[@]}"; do
    bin=$ssla; [ "$which" = old ] && bin=$OLD
    /usr/bin/time -f "%e" -o "$work/time" "$bin" publish --from "$work/site-index" --connection-string "$cs" --container agency \
      --delete --json > "$work/out"
    echo "$which: $(cat "$work/time") s, load $(cut -d' ' -f1 /proc/loadavg), seconds $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' "$work/out")"
  done
done
