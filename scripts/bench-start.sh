#!/usr/bin/env bash
# Cold start of whole processes as a user runs them (issue 18): the packed tool installed with `dotnet tool install`
# (ReadyToRun for this machine's runtime) beside the checkout's plain Release build (JIT), on README's commands
# (`ssla init my-brand`, then validate, count, due, build) and on the example brand (logo and photo: the image
# checks and every stage), with `ssla --version` of the same tool as the floor. hyperfine runs each command after
# warm-up runs; the table gives mean ± σ, min, CPU (user + sys), the mean over the floor's mean, and the load average.
#   bash scripts/bench-start.sh                 # packs and installs the tool into a temporary folder first
#   TOOL=/path/to/ssla bash scripts/bench-start.sh   # an installed tool instead (e.g. from scripts/test-package.sh)
#   RUNS=20 bash scripts/bench-start.sh         # runs per command (default 10, after 3 warm-ups)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
command -v hyperfine >/dev/null || { echo "bench-start: needs hyperfine (Debian: apt-get install hyperfine)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ssla-bench-start.XXXXXX")
trap 'rm -rf "$work"' EXIT

dotnet build src/SslaPublisher.Cli -c Release --verbosity quiet --nologo >/dev/null
jit=$(pwd)/src/SslaPublisher.Cli/bin/Release/net10.0/ssla
tool=${TOOL:-}
if [ -z "$tool" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
    Darwin-arm64) rid=osx-arm64 ;; Darwin-x86_64) rid=osx-x64 ;; *) rid=any ;;
  esac
  version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Packaging.props)
  echo "bench-start: packing the tool for $rid (a few minutes)" >&2
  dotnet pack src/SslaPublisher.Cli -c Release -p:SslaToolRuntimes="$rid" -o "$work/feed" --verbosity quiet >/dev/null
  dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" --version "$version" SslaPublisher.Cli >/dev/null
  tool=$work/tool/ssla
fi

cd "$work"
"$jit" init my-brand >/dev/null
cp -r "$OLDPWD/examples/acme-air" example
received=2026-11-23T22:55:00Z
# label|arguments: the same arguments run with both tools.
cases=(
  "--version (floor)|--version"
  "validate my-brand/ssla.yaml|validate my-brand/ssla.yaml"
  "count --platform x|count --platform x 'Help 9–6 ET'"
  "due my-brand|due my-brand --channel x-support --received $received"
  "build my-brand|build my-brand -o site-mine"
  "validate example|validate example/ssla.yaml"
  "due example|due example --channel x-help --received $received"
  "build example|build example -o site-example"
)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
echo
echo "| command | tool | mean ± σ | min | CPU (user + sys) | ÷ floor | load average |"
echo "|---|---|---:|---:|---:|---:|---:|"
for which in packed checkout; do
  bin=$tool; [ "$which" = checkout ] && bin=$jit
  floor=""
  for case in "${cases[@]}"; do
    label=${case%%|*}; args=${case#*|}
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/run.json" "$bin $args" >/dev/null 2>&1 \
      || { echo "bench-start: '$bin $args' failed" >&2; eval "\"$bin\" $args" >&2 || true; exit 1; }
    read -r mean sd min cpu < <(jq -r '.results[0] | "\(.mean) \(.stddev) \(.min) \(.user + .system)"' "$work/run.json")
    [ -z "$floor" ] && floor=$mean
    printf '| %s | %s | %.3f ± %.3f s | %.3f s | %.3f s | %.2f× | %s |\n' "$label" "$which" "$mean" "$sd" "$min" "$cpu" \
      "$(awk "BEGIN { print $mean / $floor }")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
