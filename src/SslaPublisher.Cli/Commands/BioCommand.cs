using System.CommandLine;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla bio</c>: prints each channel's bio with its count, ready to paste.</summary>
internal static class BioCommand
{
    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        var channel = new Option<string?>("--channel", "-c") { Description = "Only this channel (its id in ssla.yaml)." };
        var language = new Option<string?>("--lang", "-l") { Description = "Only this language (e.g. es)." };
        var templates = CommonOptions.Templates();
        var command = new Command("bio", """
            Print the bio of each channel in each language: a header line with the channel, platform, language and
            count/limit, then the text to paste on its own line. The richest variant that fits is chosen; exit code
            1 when a channel has no variant that fits its platform's limit.

            Examples:
              ssla bio examples/acme-air/ssla.yaml
              ssla bio examples/acme-air/ssla.yaml --channel x-help --lang es
            """) { file, channel, language, templates };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!InputResolver.TryLoad(parse.GetValue(file)!, error, out var promise, out var invalid)) return invalid;
            var wantedChannel = parse.GetValue(channel);
            var wantedLanguage = parse.GetValue(language);
            var channels = promise.Channels.Where(c => wantedChannel is null || c.Id == wantedChannel).ToList();
            if (channels.Count == 0)
            {
                error.WriteLine($"No channel '{wantedChannel}'. Channels: {string.Join(", ", promise.Channels.Select(c => c.Id))}.");
                return ExitCodes.Usage;
            }
            var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(parse.GetValue(templates)));
            var composer = new BioComposer(builder.Templates, builder.Platforms);
            var printed = 0;
            try
            {
                foreach (var c in channels)
                {
                    foreach (var lang in composer.LanguagesOf(promise, c).Where(l => wantedLanguage is null || string.Equals(l, wantedLanguage, StringComparison.OrdinalIgnoreCase)))
                    {
                        var bio = composer.Compose(promise, c, lang);
                        if (printed++ > 0) output.WriteLine();
                        output.WriteLine($"# {bio.ChannelId} · {bio.Platform.DisplayName} {c.Handle} · {bio.Language} · {bio.Check} · variant {bio.Variant} of {bio.VariantCount}");
                        output.WriteLine(bio.Text);
                    }
                }
            }
            catch (BioDoesNotFitException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Invalid;
            }
            if (printed > 0) return ExitCodes.Ok;
            error.WriteLine($"No bio in '{wantedLanguage}': a channel's bios are written in the brand's languages it answers in that have templates under templates/bio/.");
            return ExitCodes.Invalid;
        });
        return command;
    }
}
