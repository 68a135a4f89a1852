#!/usr/bin/env bash
# Packs the tool as a release ships it, from this machine (docs/packaging.md): the pointer package, the portable
# `any` package and one package per runtime, every runtime ReadyToRun except this machine's own, which is packed again
# alone (Native AOT where the machine can link) and replaces the ReadyToRun one. Packages for other operating systems
# stay ReadyToRun until their own machines pack them (step 2 of docs/packaging.md).
#   bash scripts/pack-release.sh [folder]   (default artifacts/packages; it must be empty or not exist)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/packages}
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ]; then
  echo "pack-release: $out is not empty; give an empty or new folder (no package is overwritten)" >&2
  exit 2
fi
source scripts/lib/this-rid.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/ssla-pack.XXXXXX")
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Packaging.props)

echo "pack-release: every runtime, ReadyToRun (a few minutes)"
dotnet pack src/SslaPublisher.Cli -c Release -o "$work/all" --verbosity quiet --nologo >/dev/null
if [ -n "$rid" ]; then
  echo "pack-release: $rid again, alone"
  dotnet pack src/SslaPublisher.Cli -c Release -p:SslaToolRuntimes="$rid" -o "$work/own" --verbosity quiet --nologo >/dev/null
  cp "$work/own/SslaPublisher.Cli.$rid.$version.nupkg" "$work/all/"
fi
mkdir -p "$out"
cp "$work/all/"*.nupkg "$out/"
for package in "$out"/SslaPublisher.Cli.*.nupkg; do
  kind=$(python3 - "$package" <<'PY'
import sys, zipfile
tools = [n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("tools/")]
has = lambda *ends: any(n.endswith(ends) for n in tools)
print("portable" if has("/any/ssla.dll") else "ReadyToRun" if has("/ssla.dll")
      else "Native AOT" if has("/ssla", "/ssla.exe") else "pointer")
PY
)
  echo "  $(basename "$package"): $kind"
done
