# Sourced by the publish benchmarks (bench-publish.sh, bench-shards.sh), from the repository root: builds the CLI
# (ssla=…; or takes $SSLA), makes a work folder ($work, removed on exit) and starts a private Azurite on a free loopback port with
# its data on disk in that folder (as the default publish keeps it): scripts/lib/azurite-on-free-port.sh sets $cs.
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

source scripts/lib/azurite-on-free-port.sh
