using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Bench;

/// <summary>
/// Badge SVGs per second, on the same specs shields' badge-maker renders in <c>scripts/bench-badges.sh</c>:
/// <c>badge-specs &lt;n&gt; &lt;file&gt; [--distinct]</c> writes the specs, <c>badge-svg &lt;file&gt;</c> times ssla on them.
/// </summary>
/// <remarks>
/// Each timed pass lays out and writes every spec (HarfBuzz shaping, layout, SVG) with a fresh typesetter, so a text
/// is shaped once per pass, as in one build; the passes repeat until 2 s have gone by, after one warm-up pass, as the
/// badge-maker script does.
/// </remarks>
public static class BadgeRate
{
    private static readonly string[] Platforms = ["X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok", "Mastodon", "Bluesky", "Threads"];
    private static readonly string[] Durations = ["15 min", "30 min", "1 h", "4 h", "1 h 30 min", "1 day", "2 days"];
    private static readonly string[] Zones = ["ET", "PT", "UK", "CET", "IST", "JST", "AEST"];

    /// <summary>One spec as JSON: label, message, colours as <c>#rrggbb</c>, style name.</summary>
    public sealed record Spec(string Label, string Message, string LabelColor, string MessageColor, string Style);

    /// <summary>Writes <c>n</c> specs like an agency's: platforms × kinds, real durations and hours, varied colours.</summary>
    public static void WriteSpecs(string[] args)
    {
        var count = int.Parse(args[0], CultureInfo.InvariantCulture);
        var distinct = args.Contains("--distinct");
        var random = new Random(18);
        var specs = new List<Spec>(count);
        for (var i = 0; i < count; i++)
        {
            var platform = Platforms[random.Next(Platforms.Length)];
            var replies = random.Next(2) == 0;
            var start = 7 + random.Next(4);
            var message = replies
                ? Durations[random.Next(Durations.Length)]
                : $"Mon–Fri {start}–{(start + 8 + random.Next(3) - 1) % 12 + 1}{(random.Next(2) == 0 ? ", Sat 10–2" : "")} {Zones[random.Next(Zones.Length)]}";
            if (distinct) message += $" #{i}";
            specs.Add(new Spec($"{platform} {(replies ? "replies" : "staffed")}", message,
                $"#{random.Next(0x202020, 0x606060):x6}", $"#{random.Next(0x808080, 0xffffff):x6}",
                ((BadgeStyle)random.Next(3)).ToString()));
        }
        File.WriteAllText(args[1], JsonSerializer.Serialize(specs, JsonOptions));
    }

    /// <summary>Times layout and SVG writing over the specs in the file; prints "ssla &lt;badges&gt; &lt;s&gt; &lt;badges/s&gt;".</summary>
    public static void Run(string[] args)
    {
        var specs = JsonSerializer.Deserialize<List<Spec>>(File.ReadAllText(args[0]), JsonOptions)!
            .Select(s => new BadgeSpec(s.Label, s.Message, RgbColor.Parse(s.LabelColor), RgbColor.Parse(s.MessageColor), Enum.Parse<BadgeStyle>(s.Style)))
            .ToList();
        var writer = BadgeSvgWriter.Default;
        if (!writer.WritesDirectly) throw new InvalidOperationException("The built-in badge template does not match the direct writer.");
        long chars = Pass(specs, writer);
        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 2)
        {
            chars += Pass(specs, writer);
            count += specs.Count;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ssla {count} {seconds:F3} {count / seconds:F0} ({chars} chars)"));
    }

    private static long Pass(List<BadgeSpec> specs, BadgeSvgWriter writer)
    {
        var typesetter = new BadgeTypesetter(FontLibrary.Default);
        long chars = 0;
        foreach (var spec in specs) chars += writer.Write(BadgeLayout.Create(spec, typesetter)).Length;
        return chars;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
