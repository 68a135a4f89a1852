using System.CommandLine;
using System.Text;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Reporting;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla sample-replies</c>: realistic, deterministic reply data for a promise (examples, demos, benchmarks).</summary>
internal static class SampleRepliesCommand
{
    public static Command Create(IClock clock)
    {
        var file = CommonOptions.DefinitionFile();
        var months = new Option<int>("--months") { Description = "Months of data, 1–60.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => 42 };
        var scale = new Option<double>("--scale") { Description = "Multiply every channel's daily volume (e.g. 215 for about a million rows).", DefaultValueFactory = _ => 1 };
        var through = new Option<YearMonth?>("--through")
        {
            Description = "Last month of data, yyyy-MM (each channel's months in its own zone); default: last month (UTC).",
            CustomParser = ParseMonth,
        };
        var output = new Option<string?>("--output", "-o") { Description = "File to write; default: standard output." };
        var force = CommonOptions.Force("Replace the -o file when it exists.");
        var command = new Command("sample-replies", """
            Write a realistic replies CSV for the channels of ssla.yaml (made-up data, for trying `ssla report`).
            Deterministic: the same file, seed and options give byte-identical output.

            Example:
              ssla sample-replies examples/acme-air --months 6 --seed 42 --through 2026-11 -o replies.csv
            """) { file, months, seed, scale, through, output, force };
        command.SetAction(parse =>
        {
            if (!InputResolver.TryLoad(parse.GetValue(file)!, parse.InvocationConfiguration.Error, out var promise, out var invalid)) return invalid;
            var monthCount = parse.GetValue(months);
            var factor = parse.GetValue(scale);
            if (monthCount is < 1 or > 60 || factor is <= 0 or > 10_000 || double.IsNaN(factor))
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --months must be 1–60 and --scale above 0 and at most 10000");
                return ExitCodes.Usage;
            }
            var end = parse.GetValue(through) ?? LastMonth(clock.GetCurrentInstant());
            var options = new SampleReplyOptions(end, monthCount, parse.GetValue(seed), factor);
            if (parse.GetValue(output) is not { } target)
            {
                SampleReplyGenerator.Write(promise, options, parse.InvocationConfiguration.Output);
                return ExitCodes.Ok;
            }
            try
            {
                OutputGuard.CheckFile(target, [new GuardedInput(InputResolver.DefinitionPath(parse.GetValue(file)!), "definition file")], parse.GetValue(force));
            }
            catch (OutputRefusedException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            var temporary = target + ".tmp";
            try
            {
                long rows;
                using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
                    rows = SampleReplyGenerator.Write(promise, options, writer);
                File.Move(temporary, target, overwrite: true);
                parse.InvocationConfiguration.Error.WriteLine($"wrote {rows} rows to {target}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{target}: cannot write: {e.Message}");
                return ExitCodes.Failure;
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        });
        return command;
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
