using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Tests.Rendering.Pages;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Bios;

/// <summary>
/// Golden bios of the thirteen-language brand's X channel in Arabic, Hebrew, Japanese, Hindi and German
/// (<c>Golden/x-help.&lt;lang&gt;.txt</c>): the exact text a marketer pastes. Run with <c>SSLA_UPDATE_GOLDEN=1</c> to
/// rewrite them after an intended change, and read every one before committing.
/// </summary>
public sealed class BioGoldenTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Bios", "Golden");

    private static readonly Lazy<Dictionary<string, string>> Bios = new(() =>
    {
        var site = BioFixtures.Build(PagesSite.LanguagesExample, null, new BiosRenderer());
        return site.Files.Keys.Where(p => p.StartsWith("bio/x-help.", StringComparison.Ordinal))
            .ToDictionary(p => p, p => BioFixtures.Text(site, p));
    });

    [Theory]
    [InlineData("ar")]
    [InlineData("he")]
    [InlineData("ja")]
    [InlineData("hi")]
    [InlineData("de")]
    public void Should_write_the_golden_bio(string language)
    {
        // Given the X channel of a brand in all thirteen languages, its summary translated into each
        var actual = Bios.Value[$"bio/x-help.{language}.txt"];
        var golden = Path.Combine(Folder, $"x-help.{language}.txt");
        if (Environment.GetEnvironmentVariable("SSLA_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual + "\n");

        // When its bio in the language is built, Then it is the golden text, byte for byte
        Assert.True(File.Exists(golden), $"No golden bio {golden}; run the tests with SSLA_UPDATE_GOLDEN=1 and read it.");
        Assert.Equal(File.ReadAllText(golden).TrimEnd('\n'), actual);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("he")]
    [InlineData("ja")]
    public void Should_name_the_zone_in_the_bios_own_language(string language)
    {
        // Given the X channel's bio in a language written without Latin letters (the channel keeps Berlin time)
        var bio = Bios.Value[$"bio/x-help.{language}.txt"];

        // Then its zone is CLDR's name in that language, and no Latin abbreviation (CET) stands in it
        Assert.Contains(LocaleFormat.For(language).ZoneName("Europe/Berlin"), bio, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", bio);
    }

    [Fact]
    public void Should_write_a_bio_in_every_language_the_channel_answers_in()
    {
        // Given the same channel, When its bios are listed, Then there is one per interface language, its own
        // (English, the first) without a suffix
        Assert.Equal(13, Bios.Value.Count);
        Assert.Contains("bio/x-help.txt", Bios.Value.Keys);
    }
}
