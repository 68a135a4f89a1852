namespace SslaPublisher.Tests.Rendering.Fonts;

/// <summary>
/// A fixed corpus of short strings as brands write them on banners and badges: Latin, CJK, Arabic, Hebrew and
/// Devanagari phrases mixed with emoji (presentation selectors, keycaps, skin tones, ZWJ sequences, flags),
/// punctuation and digits. Generated from a seeded random, so it is the same on every run.
/// </summary>
public static class TextCorpus
{
    private static readonly string[] Latin =
    [
        "We reply within 15 minutes", "Mon–Fri 9–6 · Sat 10–2 ET", "@AcmeAirHelp", "Straße", "café naïve", "24/7",
        "#1", "* new", "(help)", "Hello, world!", "x-help", "100%", "Wi-Fi & more", "Ölçü", "“quoted”", "AVATAR",
    ];

    private static readonly string[] Cjk =
    [
        "15分以内に返信します", "月〜金 9:00–18:00", "我们在15分钟内回复", "평일 9시–18시", "「お問い合わせ」", "客服",
    ];

    private static readonly string[] RightToLeft =
    [
        "نرد خلال 15 دقيقة", "الاثنين–الجمعة", "مرحبا بك", "נענה תוך 15 דקות", "שלום",
    ];

    private static readonly string[] Other = ["हम 15 मिनट में जवाब देते हैं", "नमस्ते"];

    private static readonly string[] Emoji =
    [
        "🚀", "✈️", "✈", "❤️", "❤", "⭐", "👍🏽", "👨‍👩‍👧", "🇫🇷", "#️⃣", "1️⃣", "☎️", "⏰", "✅", "☀︎", "😀",
    ];

    private static readonly string[] Joins = [" ", " ", "", " · ", ", ", " #", " *"];

    /// <summary>The corpus: <paramref name="count"/> strings.</summary>
    public static IReadOnlyList<string> Strings(int count = 500)
    {
        var random = new Random(19);
        string[][] pools = [Latin, Latin, Cjk, RightToLeft, Other, Emoji, Emoji];
        var result = new List<string>(count);
        while (result.Count < count)
        {
            var parts = random.Next(1, 5);
            var text = "";
            for (var i = 0; i < parts; i++)
            {
                var pool = pools[random.Next(pools.Length)];
                text += (i == 0 ? "" : Joins[random.Next(Joins.Length)]) + pool[random.Next(pool.Length)];
            }
            result.Add(text);
        }
        return result;
    }
}
