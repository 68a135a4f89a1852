using System.CommandLine;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla bio</c>: prints each channel's bio with its count, ready to paste.</summary>
internal sealed class BioCommand : SslaCommand
{
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<string?> _channel = new("--channel", "-c") { Description = "Only this channel (its id in ssla.yaml)." };
    private readonly Option<string?> _language = new("--lang", "-l") { Description = "Only this language (e.g. es)." };
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<NodaTime.Instant?> _asOf = CommonOptions.AsOf("Print the bios in force at this instant (a notice's temporary promise in its window), as 'ssla build --as-of' writes them; without it, the standing bios.");

    public BioCommand() : base("bio", """
        Print the bio of each channel in each language: a header line with the channel, platform, language and
        count/limit, then the text to paste on its own line. The richest variant that fits is chosen; exit code
        1 when a channel has no variant that fits its platform's limit. Without --as-of these are the standing
        bios, to paste for good; with it, the bios 'ssla build --as-of' writes then (a notice's temporary promise).

        Examples:
          ssla bio examples/acme-air/ssla.yaml
          ssla bio examples/acme-air/ssla.yaml --channel x-help --lang es
          ssla bio examples/acme-air/ssla.yaml --as-of 2027-01-11T12:00:00Z
        """)
    {
        Command.Arguments.Add(_file);
        Command.Options.Add(_channel);
        Command.Options.Add(_language);
        Command.Options.Add(_templates);
        Command.Options.Add(_asOf);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        // The standing promise is what a marketer pastes for good; --as-of shows what a scheduled build states then.
        var promise = InputResolver.Load(run.Get(_file)!);
        if (run.Get(_asOf) is { } asOf) promise = PromiseInForce.At(promise, asOf);
        var wantedChannel = run.Get(_channel);
        var wantedLanguage = run.Get(_language);
        var channels = promise.Channels.Where(c => wantedChannel is null || c.Id == wantedChannel).ToList();
        if (channels.Count == 0)
            throw CommandFailure.Usage($"No channel '{wantedChannel}'. Channels: {string.Join(", ", promise.Channels.Select(c => c.Id))}.");
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(run.Get(_templates)));
        var composer = new BioComposer(builder.Templates, builder.Platforms);
        var printed = 0;
        foreach (var c in channels)
        {
            foreach (var lang in composer.LanguagesOf(promise, c).Where(l => wantedLanguage is null || string.Equals(l, wantedLanguage, StringComparison.OrdinalIgnoreCase)))
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                // A bio that fits no variant is a RenderException: invalid input, exit 1 (ErrorPolicy).
                var bio = composer.Compose(promise, c, lang);
                if (printed++ > 0) await run.Output.WriteLineAsync();
                await run.Output.WriteLineAsync($"# {bio.ChannelId} · {bio.Platform.DisplayName} {c.Handle} · {bio.Language} · {bio.Check} · variant {bio.Variant} of {bio.VariantCount}");
                await run.Output.WriteLineAsync(bio.Text);
            }
        }
        if (printed > 0) return ExitCodes.Ok;
        throw CommandFailure.Input($"No bio in '{wantedLanguage}': a channel's bios are written in the brand's languages it answers in that have templates under templates/bio/.");
    }
}
