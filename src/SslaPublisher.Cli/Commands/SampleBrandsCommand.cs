using System.CommandLine;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla sample-brands</c>: writes an agency folder of generated brands, to try builds at scale.</summary>
internal static class SampleBrandsCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder to write the brands into." };
        var count = new Option<int>("--count") { Description = "Number of brands.", DefaultValueFactory = _ => 10 };
        var channels = new Option<int>("--channels") { Description = "Channels per brand.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same files.", DefaultValueFactory = _ => 42 };
        var logo = new Option<string?>("--logo") { Description = "A PNG copied beside each brand as its logo." };
        var force = CommonOptions.Force("Write into the folder even when it holds files that sample-brands did not write.");
        var command = new Command("sample-brands", """
            Write generated, valid brands into a folder (brand-0000/ssla.yaml, …) to try agency-scale builds.

            Examples:
              ssla sample-brands /tmp/agency --count 1000 --channels 5 --logo examples/acme-air/logo.png
              ssla build /tmp/agency -o /tmp/agency-site --timings
            """) { dir, count, channels, seed, logo, force };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            try
            {
                OutputGuard.CheckFolder(folder, parse.GetValue(logo) is { } picture ? [new GuardedInput(picture, "logo")] : [],
                    parse.GetValue(force), OutputKind.SampleBrands);
            }
            catch (OutputRefusedException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            var written = SampleBrands.Write(parse.GetValue(dir)!, parse.GetValue(count), parse.GetValue(channels), parse.GetValue(seed), parse.GetValue(logo));
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {written.Count} brands into {parse.GetValue(dir)}/");
            return ExitCodes.Ok;
        });
        return command;
    }
}
