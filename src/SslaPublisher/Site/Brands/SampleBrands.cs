using System.Globalization;
using System.Text;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Site.Brands;

/// <summary>
/// Writes an agency folder of generated, valid brands — for trying the tool at scale, for tests and benchmarks.
/// The same count and seed always give the same files.
/// </summary>
public static class SampleBrands
{
    private static readonly string[] Platforms = ["x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "mastodon", "bluesky", "threads"];
    private static readonly string[] Purposes = ["support", "questions", "announcements", "community", "sales"];
    /// <summary>The zones generated brands keep (tests check every language's shortest bio fits in each).</summary>
    internal static readonly string[] Zones = ["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "Asia/Tokyo"];
    private static readonly string[] Words = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell", "Soylent", "Cyberdyne", "Aperture"];
    private static readonly string[] Kinds = ["Air", "Bank", "Foods", "Mobile", "Energy", "Travel", "Books", "Health"];

    // The interface languages besides English, mixing scripts (Latin, Arabic, Hebrew, CJK, Devanagari) so a build
    // with several languages pays for right-to-left text and complex shaping as a global brand does.
    private static readonly string[] OtherLanguages = ["es", "ar", "ja", "fr", "hi", "de", "zh-Hans", "he", "pt-BR", "ko", "it", "nl"];

    /// <summary>The most languages a generated brand can have: English and the twelve others with UI strings.</summary>
    public const int MaxLanguages = 13;

    /// <summary>Writes <paramref name="count"/> brands of <paramref name="channels"/> channels each under <paramref name="folder"/>.</summary>
    /// <param name="folder">The agency folder; each brand gets a sub-folder <c>brand-NNNN</c>.</param>
    /// <param name="count">How many brands.</param>
    /// <param name="channels">Channels per brand (platforms rotate through the catalog).</param>
    /// <param name="seed">Seed of the variation in names, zones, hours and promises.</param>
    /// <param name="logo">A PNG copied beside each brand's ssla.yaml, or null for brands without a logo.</param>
    /// <param name="languages">
    /// Languages per brand, English first and the others picked by the seed (1 to <see cref="MaxLanguages"/>); 0 for
    /// the mix of English-only and English-and-Spanish brands earlier versions wrote.
    /// </param>
    /// <param name="cancellationToken">Checked before each brand.</param>
    public static IReadOnlyList<string> Write(string folder, int count, int channels, int seed = 42, string? logo = null,
        int languages = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(languages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(languages, MaxLanguages);
        var random = new Random(seed);
        var written = new List<string>();
        Directory.CreateDirectory(folder);
        // Marked as sample brands, so a later sample-brands may write over them but no build output may replace them.
        OutputMarker.WriteTo(folder, OutputKind.SampleBrands);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slug = $"brand-{i:D4}";
            var dir = Path.Combine(folder, slug);
            Directory.CreateDirectory(dir);
            if (logo is not null) File.Copy(logo, Path.Combine(dir, "logo.png"), overwrite: true);
            var path = Path.Combine(dir, BrandDiscovery.FileName);
            File.WriteAllText(path, Yaml(random, i, slug, channels, logo is not null, languages));
            written.Add(path);
        }
        return written;
    }

    private static string Yaml(Random random, int index, string slug, int channels, bool hasLogo, int languages)
    {
        var name = $"{Words[random.Next(Words.Length)]} {Kinds[random.Next(Kinds.Length)]} {index}";
        var zone = Zones[random.Next(Zones.Length)];
        var language = languages == 0
            ? (random.Next(3) == 0 ? ", es" : "")
            : string.Concat(OtherLanguages.OrderBy(_ => random.Next()).Take(languages - 1).Select(l => ", " + l));
        var background = random.Next(0x202020, 0x606060).ToString("x6", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $$"""
            brand:
              name: {{name}}
              slug: {{slug}}
              website: https://{{slug}}.example
              base_url: https://promise.{{slug}}.example/
            {{(hasLogo ? "  logo: logo.png\n" : "")}}  timezone: {{zone}}
              languages: [en{{language}}]
              colors: {background: "#{{background}}", text: "#ffffff", accent: "#ffb400"}
            channels:

            """);
        for (var c = 0; c < channels; c++)
        {
            var platform = Platforms[(index + c) % Platforms.Length];
            var handle = platform == "mastodon" ? $"\"@care{c}@social.{slug}.example\"" : $"\"@{slug.Replace("-", "", StringComparison.Ordinal)}{c}\"";
            var start = 7 + random.Next(4);
            var end = start + 8 + random.Next(3);
            var saturday = random.Next(2) == 0 ? ", sat: \"10:00-14:00\"" : "";
            var within = new[] { "15m", "30m", "1h", "4h" }[random.Next(4)];
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                  - id: channel-{{c}}
                    platform: {{platform}}
                    handle: {{handle}}
                    purpose: {{Purposes[random.Next(Purposes.Length)]}}
                    summary: Orders, deliveries and account help for {{name}}.
                    hours: {mon-fri: "{{start:D2}}:00-{{end:D2}}:00"{{saturday}}}
                    closed: [2026-12-25]
                    reply: {within: {{within}}, off_hours: next-opening}
                    not_for: [{text: Refunds, go_to: "https://{{slug}}.example/refunds"}]
                    urgent: "+1 800 555 {{random.Next(1000, 9999)}}"

                """);
        }
        return yaml.ToString();
    }
}
