#!/usr/bin/env bash
# Rebuilds docs/screenshots/index-375.png and index-1280.png (the example's home page, read from Europe/Paris so
# the "your time" lines show) and index-ar-375.png (its Arabic home page, read from Dubai) in headless Chromium,
# through the test suite's browser harness.
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
dotnet run --project src/SslaPublisher.Cli --configuration Release -- build examples/acme-air/ssla.yaml -o "$site/site" >/dev/null
mkdir -p docs/screenshots
out="$(pwd)/docs/screenshots"
node tests/browser/run.js >/dev/null <<JSON
{"root": "$site/site", "tasks": [
  {"script": "tests/browser/tasks/screenshot.js", "args": {"url": "index.html", "width": 375, "height": 812, "scale": 2, "fullPage": false, "path": "$out/index-375.png", "timezoneId": "Europe/Paris"}},
  {"script": "tests/browser/tasks/screenshot.js", "args": {"url": "index.html", "width": 1280, "height": 900, "path": "$out/index-1280.png", "timezoneId": "Europe/Paris"}},
  {"script": "tests/browser/tasks/screenshot.js", "args": {"url": "ar/index.html", "width": 375, "height": 812, "scale": 2, "fullPage": false, "path": "$out/index-ar-375.png", "timezoneId": "Asia/Dubai"}}
]}
JSON
echo "Wrote $out/index-375.png, $out/index-1280.png and $out/index-ar-375.png"
