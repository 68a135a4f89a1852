#!/usr/bin/env bash
# End-to-end build benchmark (issue 11): whole-process wall time, CPU time and peak memory, as a user runs the tool.
#   bash scripts/bench.sh            # 1,000 brands × 5 channels
#   BRANDS=100 bash scripts/bench.sh # a quicker run
# Beside the N-brand build, Hugo (Debian's package, installed when missing) builds as many pages with the same text.
#   PACKED=0 bash scripts/bench.sh   # skip the packed tool's publish (a minute or two) and its runs (R2R=0 still works)
# Prints a Markdown table for docs/BENCHMARKS.md. CPU time (user + sys) is the figure to compare on a shared
# machine; wall time on a busy machine is mostly waiting for a core (the load average is printed beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
brands=${BRANDS:-1000}
bash scripts/setup.sh >/dev/null
dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo >/dev/null
ssla=src/SslaPublisher.Cli/bin/Release/net10.0/ssla
# The packed tool: what the runtime package `dotnet tool install` picks here holds, packed as a release packs it, this
# runtime alone (Native AOT where this machine has a C linker, else ReadyToRun; the csproj decides, docs/packaging.md).
packed=src/SslaPublisher.Cli/bin/packed/ssla
rm -rf src/SslaPublisher.Cli/bin/packed
source scripts/lib/this-rid.sh
# (On a machine with no runtime package of its own, users get the portable tool: the plain build's runs stand for it.)
if [ "${PACKED:-${R2R:-1}}" != 0 ] && [ -n "$rid" ]; then
  dotnet publish src/SslaPublisher.Cli -c Release -r "$rid" -p:SslaToolRuntimes="$rid" -o src/SslaPublisher.Cli/bin/packed \
    --verbosity quiet --nologo >/dev/null
  kind=ReadyToRun; [ -f src/SslaPublisher.Cli/bin/packed/ssla.dll ] || kind="Native AOT"
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
if [ -x "$packed" ]; then
  "$packed" build examples/acme-air -o "$work/warm" >/dev/null
  for i in 1 2 3; do measure "example brand, cold process, packed tool, $kind (run $i)" "$packed" build examples/acme-air -o "$work/example-packed"; done
  diff -r "$work/example" "$work/example-packed" >/dev/null || { echo "the packed tool's output differs from the plain build" >&2; exit 1; }
fi
"$ssla" sample-brands "$work/agency" --count "$brands" --channels 5 --logo examples/acme-air/logo.png >/dev/null
measure "$brands brands × 5 channels, full build" "$ssla" build "$work/agency" -o "$work/site" --no-cache --timings
if [ -x "$packed" ]; then
  measure "$brands brands × 5 channels, full build, packed tool, $kind" "$packed" build "$work/agency" -o "$work/site-packed" --no-cache --timings
  diff -r "$work/site" "$work/site-packed" >/dev/null || { echo "the packed tool's agency build differs from the plain build" >&2; exit 1; }
  rm -rf "$work/site-packed"
fi
# The peer: Hugo building as many pages as the site has, each with its page's text (no images, no badges or banners).
source scripts/bench/hugo.sh
if [ -n "$hugo" ]; then
  hugo_site "$work/hugo"
  hugo_pages_like "$work/site" "$work/hugo"
  measure "Hugo (peer): the site's $(find "$work/site" -name '*.html' | wc -l) HTML pages as Markdown, text only" \
    "$hugo" --quiet -s "$work/hugo" -d "$work/hugo-out"
fi
sed -i 's/Orders, deliveries/Parcels, deliveries/' "$work/agency/brand-0000/ssla.yaml"
measure "rebuild with one brand changed" "$ssla" build "$work/agency" -o "$work/site" --timings
measure "rebuild with nothing changed" "$ssla" build "$work/agency" -o "$work/site"
