# Sourced by the publish benchmarks (bench-publish.sh, bench-shards.sh), from the repository root: builds the CLI
# (ssla=…; or takes $SSLA), makes a work folder ($work, removed on exit) and starts a private Azurite on a free loopback port with
# its data on disk in that folder (as the default publish keeps it); $cs is its connection string (the emulator's
# published well-known key, not a secret).
[ "${SETUP:-1}" = 0 ] || bash scripts/setup.sh >/dev/null
# SSLA=path/to/ssla uses a CLI built beforehand (e.g. a copy, so building in the worktree meanwhile cannot swap it).
if [ -n "${SSLA:-}" ]; then ssla=$SSLA; else
  dotnet build src/SslaPublisher.Cli --configuration Release --verbosity quiet --nologo >/dev/null
  ssla=$PWD/src/SslaPublisher.Cli/bin/Release/net10.0/ssla
fi
work=$(mktemp -d)
azurite_pid=
cleanup() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
node node_modules/azurite/dist/src/blob/main.js --blobHost 127.0.0.1 --blobPort "$port" --location "$work/azurite" \
  --silent --disableTelemetry --skipApiVersionCheck --loose >"$work/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 600); do node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" && break; sleep 0.2; done
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
cs="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
