using System.CommandLine;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla sample-brands</c>: writes an agency folder of generated brands, to try builds at scale.</summary>
internal sealed class SampleBrandsCommand : SslaCommand
{
    private readonly Argument<string> _dir = new("dir") { Description = "Folder to write the brands into." };
    private readonly Option<int> _count = new("--count") { Description = "Number of brands.", DefaultValueFactory = _ => 10 };
    private readonly Option<int> _channels = new("--channels") { Description = "Channels per brand.", DefaultValueFactory = _ => 5 };
    private readonly Option<int> _seed = new("--seed") { Description = "Random seed: the same seed writes the same files.", DefaultValueFactory = _ => 42 };
    private readonly Option<string?> _logo = new("--logo") { Description = "A PNG copied beside each brand as its logo." };
    private readonly Option<int> _languages = new("--languages")
    {
        Description = $"Languages per brand (1 to {SampleBrands.MaxLanguages}): English, then others of mixed scripts picked by the seed. Default: English, and Spanish for about a third.",
    };
    private readonly Option<bool> _force = CommonOptions.Force("Write into the folder even when it holds files that sample-brands did not write.");

    public SampleBrandsCommand() : base("sample-brands", """
        Write generated, valid brands into a folder (brand-0000/ssla.yaml, …) to try agency-scale builds.

        Examples:
          ssla sample-brands /tmp/agency --count 1000 --channels 5 --logo examples/acme-air/logo.png
          ssla sample-brands /tmp/agency --count 1000 --languages 3   (English and two others each)
          ssla build /tmp/agency -o /tmp/agency-site --timings
        """)
    {
        Command.Arguments.Add(_dir);
        foreach (var option in new Option[] { _count, _channels, _seed, _logo, _languages, _force }) Command.Options.Add(option);
    }

    protected override string CancelledNote => "the brands written so far are complete, the others not written";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var folder = run.Get(_dir)!;
        var logo = run.Get(_logo);
        if (logo is not null && !File.Exists(logo))
            throw CommandFailure.Input(Directory.Exists(logo) ? $"{logo}: is a folder; --logo needs a PNG file" : $"{logo}: file not found");
        OutputGuard.CheckFolder(folder, logo is null ? [] : [new GuardedInput(logo, "logo")], run.Get(_force), OutputKind.SampleBrands);
        var languages = run.Get(_languages);
        if (languages is < 0 or > SampleBrands.MaxLanguages)
            throw CommandFailure.Input($"--languages: {languages} is not between 1 and {SampleBrands.MaxLanguages}");
        var written = SampleBrands.Write(folder, run.Get(_count), run.Get(_channels), run.Get(_seed), logo, languages, run.CancellationToken);
        await run.Output.WriteLineAsync($"Wrote {written.Count} brands into {folder}/");
        return ExitCodes.Ok;
    }
}
