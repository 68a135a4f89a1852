using System.CommandLine;
using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla count</c>: the length of a text as a platform counts it, against the platform's bio limit.</summary>
internal static class CountCommand
{
    public static Command Create()
    {
        var keys = string.Join(", ", PlatformCatalog.Default.Keys);
        var platform = new Option<string>("--platform", "-p")
        {
            Description = $"The platform whose bio rule and limit apply: {keys}.",
            Required = true,
        };
        platform.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && PlatformCatalog.Default.FindByKey(value) is null)
                result.AddError($"Unknown platform '{value}'. Known platforms: {keys}.");
        });
        var text = new Argument<string>("text") { Description = "The text to count (quote it)." };
        var command = new Command("count", """
            Count a text the way a platform counts bios and print count/limit (e.g. 43/160).
            X prints both its weighted count and the plain count: both must fit, as X's weighting of bios is
            unconfirmed. Exit code 0 when the text fits, 1 when it is over the limit.

            Examples:
              ssla count --platform x "Help Mon–Fri 9–6 ET · replies in 15 min"
              ssla count -p bluesky "Ayuda 👨‍👩‍👧 lun–vie"
            """) { platform, text };
        command.SetAction(parse =>
        {
            var info = PlatformCatalog.Default.FindByKey(parse.GetValue(platform)!)!;
            var check = TextCounters.Check(parse.GetValue(text)!, info.Bio);
            parse.InvocationConfiguration.Output.WriteLine(check.ToString());
            if (check.Fits) return ExitCodes.Ok;
            parse.InvocationConfiguration.Error.WriteLine(
                $"Over {info.DisplayName}'s bio limit of {info.Bio.Limit} by {check.Effective - info.Bio.Limit}.");
            return ExitCodes.Invalid;
        });
        return command;
    }
}
