using System.CommandLine;
using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla count</c>: the length of a text as a platform counts it, against the platform's bio limit.</summary>
internal sealed class CountCommand : SslaCommand
{
    private static readonly string Keys = string.Join(", ", PlatformCatalog.Default.Keys);

    private readonly Option<string> _platform = new("--platform", "-p")
    {
        Description = $"The platform whose bio rule and limit apply: {Keys}.",
        Required = true,
    };

    private readonly Argument<string> _text = new("text") { Description = "The text to count (quote it)." };

    public CountCommand() : base("count", """
        Count a text the way a platform counts bios and print count/limit (e.g. 43/160).
        X prints both its weighted count and the plain count: both must fit, as X's weighting of bios is
        unconfirmed. Exit code 0 when the text fits, 1 when it is over the limit.

        Examples:
          ssla count --platform x "Help Mon–Fri 9–6 ET · replies in 15 min"
          ssla count -p bluesky "Ayuda 👨‍👩‍👧 lun–vie"
        """)
    {
        _platform.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && PlatformCatalog.Default.FindByKey(value) is null)
                result.AddError($"Unknown platform '{value}'. Known platforms: {Keys}.");
        });
        Command.Options.Add(_platform);
        Command.Arguments.Add(_text);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var info = PlatformCatalog.Default.FindByKey(run.Get(_platform)!)!;
        var check = TextCounters.Check(run.Get(_text)!, info.Bio);
        await run.Output.WriteLineAsync(check.ToString());
        if (check.Fits) return ExitCodes.Ok;
        await run.Error.WriteLineAsync($"Over {info.DisplayName}'s bio limit of {info.Bio.Limit} by {check.Effective - info.Bio.Limit}.");
        return ExitCodes.Invalid;
    }
}
