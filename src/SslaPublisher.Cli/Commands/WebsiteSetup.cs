using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Accounts;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla publish --configure-website</c>: sets the static website up, or says the one command that would.</summary>
internal static class WebsiteSetup
{
    public static async Task RunAsync(AzureBlobTarget target, string errorDocument, bool dryRun, TextWriter error, CancellationToken cancellationToken)
    {
        var result = await StaticWebsiteSetup.ConfigureAsync(target.Service, errorDocument, dryRun, cancellationToken);
        // Status lines go to stderr, so --json on stdout stays one object.
        await error.WriteLineAsync(result.Outcome switch
        {
            StaticWebsiteOutcome.AlreadySet => $"Static website: already on (index.html, {errorDocument}).",
            StaticWebsiteOutcome.Updated => $"Static website: turned on (index.html, {errorDocument}).",
            StaticWebsiteOutcome.Planned => $"Static website: would be set as by: {result.Command}",
            _ => $"Static website: this credential may not change the account's settings; run: {result.Command}",
        });
    }
}
