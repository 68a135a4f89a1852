#!/usr/bin/env bash
# README's second command: installs what the tests need, then runs the whole suite (unit, Azurite, browser).
# Prints the closing line 'N passed, N failed' that CI reads.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test SslaPublisher.sln --configuration Release --logger "trx;LogFileName=results.trx" \
  --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -z "$trx" ]; then
  echo "0 passed, 1 failed"
  echo "test: no test results were written" >&2
  exit 1
fi
counter() { grep -o "<Counters [^>]*" "$trx" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
passed=$(counter passed); failed=$(counter failed); skipped=$(( $(counter total) - $(counter executed) ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ "$status" -eq 0 ]
