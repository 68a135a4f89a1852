using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Rendering.Localization;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Bios;

/// <summary>
/// Every language's bios still fit the tightest platform (TikTok, 80 characters) now that hours name the zone in the
/// bio's language (CLDR's "Horário Los Angeles" or "Los Angeles" is longer than English "PT"): the worst case of the
/// brands <c>ssla sample-brands</c> writes, in each of their zones, builds in all thirteen languages.
/// </summary>
public sealed class BioLimitsTests
{
    public static TheoryData<string> Zones => [.. SampleBrands.Zones];

    [Theory]
    [MemberData(nameof(Zones))]
    public void Should_fit_every_languages_tiktok_bio_in_every_sample_zone(string zone)
    {
        // Given TikTok channels with the longest hours, purposes and reply times the sample brands have, in one zone
        using var dir = new TempDir();
        var channels = string.Concat(
            from purpose in new[] { "support", "questions", "announcements", "community", "sales" }
            from within in new[] { "15m", "30m", "1h", "4h" }
            select $$"""
                  - {id: {{purpose}}-{{within}}, platform: tiktok, handle: "@acme", purpose: {{purpose}}, summary: "Orders, deliveries and account help.", hours: {mon-fri: "10:00-20:00", sat: "10:00-14:00"}, reply: {within: {{within}}, off_hours: next-opening}, urgent: "+1 800 555 1234"}

                """);
        var file = dir.Write("ssla.yaml", $"""
            brand: {"{"}name: Acme Air, slug: acme-air, timezone: {zone}, languages: [{string.Join(", ", UiStringsCompletenessTests.Languages)}]{"}"}
            channels:
            {channels}
            """);

        // When their bios are built in every language, Then none fails for want of a variant that fits (the build
        // throws), and each is within the limit
        var site = BioFixtures.Build(file, null, new BiosRenderer());
        Assert.Equal(20 * UiStringsCompletenessTests.Languages.Length, site.Files.Count);
        Assert.All(site.Files.Keys, p => Assert.True(BioFixtures.Text(site, p).Length <= 80, $"{p}: {BioFixtures.Text(site, p)}"));
    }
}
