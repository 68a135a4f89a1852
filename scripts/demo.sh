#!/usr/bin/env bash
# README's first command: installs what is needed, then builds the example brand (examples/acme-air) into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet run --project src/SslaPublisher.Cli --configuration Release -- build examples/acme-air/ssla.yaml -o site
echo "Open site/index.html in a browser."
