using System.CommandLine;
using System.Text;
using NodaTime;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Reporting;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla sample-replies</c>: realistic, deterministic reply data for a promise (examples, demos, benchmarks).</summary>
internal sealed class SampleRepliesCommand : SslaCommand
{
    private readonly IClock _clock;
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<int> _months = new("--months") { Description = "Months of data, 1–60.", DefaultValueFactory = _ => 6 };
    private readonly Option<int> _seed = new("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => 42 };
    private readonly Option<double> _scale = new("--scale") { Description = "Multiply every channel's daily volume (e.g. 215 for about a million rows).", DefaultValueFactory = _ => 1 };
    private readonly Option<YearMonth?> _through = new("--through")
    {
        Description = "Last month of data, yyyy-MM (each channel's months in its own zone); default: last month (UTC).",
        CustomParser = ParseMonth,
    };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "File to write; default: standard output." };
    private readonly Option<bool> _force = CommonOptions.Force("Replace the -o file when it exists.");

    public SampleRepliesCommand(IClock clock) : base("sample-replies", """
        Write a realistic replies CSV for the channels of ssla.yaml (made-up data, for trying `ssla report`).
        Deterministic: the same file, seed and options give byte-identical output.

        Example:
          ssla sample-replies examples/acme-air --months 6 --seed 42 --through 2026-11 -o replies.csv
        """)
    {
        _clock = clock;
        Command.Arguments.Add(_file);
        foreach (var option in new Option[] { _months, _seed, _scale, _through, _output, _force }) Command.Options.Add(option);
    }

    protected override string CancelledNote => "the -o file is untouched";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var monthCount = run.Get(_months);
        var factor = run.Get(_scale);
        if (monthCount is < 1 or > 60 || factor is <= 0 or > 10_000 || double.IsNaN(factor))
            throw CommandFailure.Usage("error: --months must be 1–60 and --scale above 0 and at most 10000");
        var target = run.Get(_output);
        var definition = InputResolver.DefinitionPath(run.Get(_file)!);
        if (target is not null) OutputGuard.CheckFile(target, [new GuardedInput(definition, "definition file")], run.Get(_force));
        var promise = InputResolver.Load(definition);
        var end = run.Get(_through) ?? LastMonth(_clock.GetCurrentInstant());
        var options = new SampleReplyOptions(end, monthCount, run.Get(_seed), factor);
        if (target is null)
        {
            SampleReplyGenerator.Write(promise, options, run.Output, run.CancellationToken);
            return ExitCodes.Ok;
        }
        // Written beside the target and renamed over it: a failed or cancelled run leaves the old file whole.
        var temporary = target + ".tmp";
        try
        {
            long rows;
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
                rows = SampleReplyGenerator.Write(promise, options, writer, run.CancellationToken);
            File.Move(temporary, target, overwrite: true);
            await run.Error.WriteLineAsync($"wrote {rows} rows to {target}");
            return ExitCodes.Ok;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static YearMonth LastMonth(Instant now)
    {
        var date = now.InUtc().Date;
        return new YearMonth(date.Year, date.Month).PlusMonths(-1);
    }

    private static YearMonth? ParseMonth(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        if (NodaTime.Text.YearMonthPattern.Iso.Parse(text) is { Success: true } month) return month.Value;
        result.AddError($"'{text}' is not a month; write it as yyyy-MM, e.g. 2026-11");
        return null;
    }
}
