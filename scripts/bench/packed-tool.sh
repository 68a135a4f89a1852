# Sourced by the benchmarks of what a user waits for (bench-start.sh, bench-report.sh), from the repository root,
# with tool_work= a folder they remove on exit: sets tool= to ssla as `dotnet tool install` puts it on this machine, i.e. the packed tool
# for this machine's runtime: Native AOT where the machine has a C linker, else ReadyToRun (the csproj decides; see
# docs/BENCHMARKS.md, "Cold start"). TOOL=path/to/ssla uses an installed tool instead of packing one (a minute or two).
tool=${TOOL:-}
if [ -z "$tool" ]; then
  source scripts/lib/this-rid.sh
  rid=${rid:-any}
  version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Packaging.props)
  echo "packing the tool for $rid (a few minutes)" >&2
  dotnet pack src/SslaPublisher.Cli -c Release -p:SslaToolRuntimes="$rid" -o "$tool_work/feed" --verbosity quiet >/dev/null
  dotnet tool install --tool-path "$tool_work/tool" --add-source "$tool_work/feed" --version "$version" SslaPublisher.Cli >/dev/null
  tool=$tool_work/tool/ssla
fi
