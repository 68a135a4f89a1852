# Sourced, from the repository root, with $work a folder the caller removes on exit: starts a private Azurite (blob
# service, from node_modules) on a free loopback port with its data in $work/azurite, waits until it accepts
# connections, and sets azurite_pid (the caller stops it on exit) and cs, its connection string (the emulator's
# published well-known key, not a secret).
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
node node_modules/azurite/dist/src/blob/main.js --blobHost 127.0.0.1 --blobPort "$port" --location "$work/azurite" \
  --silent --disableTelemetry --skipApiVersionCheck --loose >"$work/azurite.log" 2>&1 &
azurite_pid=$!
for _ in $(seq 1 600); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
cs="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
