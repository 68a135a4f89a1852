using BenchmarkDotNet.Running;
using SslaPublisher.Bench;

// `dotnet run -c Release --project bench/SslaPublisher.Bench -- <name> [BenchmarkDotNet options]`
// Each benchmark class is registered once under a short name; anything else goes to BenchmarkDotNet's switcher
// (e.g. `--list flat`, `--filter *Publish*`).
var suites = new SortedDictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
{
    ["build"] = typeof(BuildStageBenchmarks),
    ["publish"] = typeof(PublishBenchmarks),
    ["report"] = typeof(ReportBenchmarks),
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/SslaPublisher.Bench -- <suite> [BenchmarkDotNet options]");
    Console.WriteLine("suites: " + string.Join(", ", suites.Keys));
    Console.WriteLine("png-options [rounds]: size against CPU time of the PNG encoder's zlib levels and filters");
    Console.WriteLine("banner-stages [example|generated-5ch] [rounds]: the banner stage beside the bare PNG encode, stopwatch");
    Console.WriteLine("example-floor [example|generated-5ch] [rounds]: SkiaSharp's set-up and the bare PNG encodes of a brand's images");
    Console.WriteLine("report-stages <csv> [rounds]: the report's parse, measure and tally times, one stage at a time");
    Console.WriteLine("badge-specs <n> <file> [--distinct], badge-svg <file>: badge SVGs per second (scripts/bench-badges.sh)");
    return 0;
}

// Plain timed runs beside a peer's script (not BenchmarkDotNet): see scripts/bench-badges.sh and docs/BENCHMARKS.md.
switch (args[0])
{
    case "png-options":
        PngOptionsSurvey.Run(args[1..]);
        return 0;
    case "badge-specs":
        BadgeRate.WriteSpecs(args[1..]);
        return 0;
    case "banner-stages":
        BannerStages.Run(args[1..]);
        return 0;
    case "example-floor":
        ExampleFloor.Run(args[1..]);
        return 0;
    case "report-stages":
        ReportStages.Run(args[1..]);
        return 0;
    case "badge-svg":
        BadgeRate.Run(args[1..]);
        return 0;
}

if (suites.TryGetValue(args[0], out var suite))
{
    BenchmarkRunner.Run(suite, args: args[1..]);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PublishBenchmarks).Assembly).Run(args);
return 0;
