#!/usr/bin/env bash
# README's first command: installs what is needed, builds the example brand (examples/acme-air) into site/, then
# publishes it to a local Azurite (the embedded default: started on 127.0.0.1:10000 when nothing answers there,
# data in .azurite/) and prints the URL at which the promise page opens in a browser.
# Azurite is left running so the URL keeps working; the publish output says how to stop it
# (kill "$(cat .azurite/azurite.pid)").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo
dotnet run --no-build --project src/SslaPublisher.Cli --configuration Release -- build examples/acme-air/ssla.yaml -o site
dotnet run --no-build --project src/SslaPublisher.Cli --configuration Release -- publish examples/acme-air/ssla.yaml --azurite-location .azurite
# Only an Azurite this checkout started has its pid here; one that was already answering belongs to someone else.
if [ -f .azurite/azurite.pid ]; then
  echo "Stop the local Azurite with: kill \"\$(cat .azurite/azurite.pid)\" (its data stays in .azurite/)."
fi
