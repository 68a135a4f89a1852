using System.Text;

namespace SslaPublisher.Tests.Platforms.Counting;

/// <summary>
/// Texts for the differential tests against twitter-text: hand-written cases, one per rule the counters implement
/// (twitter-text's npm package does not ship its conformance files), and strings generated from a fixed seed out of
/// the pieces bios are made of.
/// </summary>
internal static class TwitterTextSamples
{
    /// <summary>Hand-written cases: (what it checks, text).</summary>
    public static readonly (string Description, string Text)[] Cases =
    [
        ("empty", ""),
        ("ASCII", "Flight help Mon-Fri 9-6 ET"),
        ("en dash and bullet in the light ranges", "Help Mon–Fri 9–6 ET · replies in 15 min"),
        ("CJK weighs 2", "故人西辞黄鹤楼"),
        ("kana and hangul", "お問い合わせは平日9時から 고객센터"),
        ("Arabic, Hebrew, Devanagari, Cyrillic, Greek (light)", "مرحبا שלום नमस्ते Привет Γειά"),
        ("Thai beyond U+10FF", "ติดต่อเรา"),
        ("decomposed é composes under NFC", "Cafe\u0301"),
        ("stacked combining marks", "a\u0300\u0323\u0301 q\u0307\u0323"),
        ("hangul jamo compose", "\u1100\u1161\u11A8"),
        ("single emoji", "😀"),
        ("ZWJ family is one emoji", "👨‍👩‍👧‍👦"),
        ("skin tone", "👍🏽 thanks"),
        ("ZWJ with skin tone", "👩🏽‍💻 on call"),
        ("VS16 heart", "❤️ we care"),
        ("text-style heart without VS16", "❤ we care"),
        ("smiley with VS16", "☺️"),
        ("rainbow flag", "🏳️‍🌈"),
        ("regional-indicator flags", "🇪🇸🇫🇷 ayuda"),
        ("keycaps", "1️⃣ 2️⃣ #️⃣"),
        ("tag-sequence flag", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 help"),
        ("copyright sign", "© Acme 2026"),
        ("directional marks", "\u200Eabc\u200F \u202Bשלום\u202C"),
        ("zero-width joiner and non-joiner alone", "a\u200Db\u200Cc"),
        ("URL with https", "see https://acme-air.com/refunds"),
        ("long URL counts 23", "https://acme-air.com/refunds/and/more/things/to/read?id=42&lang=en"),
        ("schemeless URL", "help at acme-air.com today"),
        ("schemeless www with path", "www.example.org/help/faq"),
        ("ccTLD without scheme", "acme.co.uk/contact"),
        ("unknown TLD is text", "read file.txt and notes.docx"),
        ("IDN host with scheme", "https://bücher.de/hilfe"),
        ("CJK host with scheme", "https://例え.jp/テスト"),
        ("URL in parentheses", "(see https://example.com/a_(b))."),
        ("URL with port and query", "http://example.com:8080/path?q=1&r=2#top"),
        ("URL followed by punctuation", "Go to example.com, then example.net."),
        ("URL after a slash is not schemeless", "path/example.com"),
        ("URL glued to a letter", "abcexample.com"),
        ("t.co link", "https://t.co/abc123XYZ"),
        ("t.co slug over 40", "https://t.co/" + new string('a', 41)),
        ("mention", "@acme_help replies 24/7"),
        ("Mastodon-style mention", "@help@mastodon.social"),
        ("email address", "mail help@acme-air.com"),
        ("cashtag and hashtag", "$ACME #help"),
        ("lone surrogate", "a\uD800b"),
        ("noncharacter", "a\uFFFEb"),
        ("line breaks", "line one\nline two\r\nthree"),
    ];

    private static readonly string[] Words =
        ["Help", "help", "replies", "in", "15", "min", "Mon–Fri", "9–6", "ET", "·", "—", "Sat", "24/7", "DM", "us", "for", "refunds"];

    private static readonly string[] Scripts =
    [
        "故人西辞", "お問い合わせ", "고객센터", "客服", "مرحبا", "שלום", "नमस्ते", "हिन्दी", "Привет", "Γειά σου", "ติดต่อ",
        "ayuda", "Bonjour", "Straße", "çàéïõü", "ﾃｽﾄ", "ｆｕｌｌｗｉｄｔｈ",
    ];

    private static readonly string[] Combining =
        ["e\u0301", "a\u0300\u0323", "n\u0303", "o\u0308\u0304", "\u1100\u1161", "\u0915\u094D\u0937", "\u05E9\u05C1", "i\u0307", "\u0301"];

    private static readonly string[] EmojiBases = ["😀", "👍", "👩", "👨", "🧑", "✈", "❤", "☺", "🛫", "🏳", "🐕", "⭐", "✅", "🎉", "📞"];
    private static readonly string[] SkinTones = ["\U0001F3FB", "\U0001F3FC", "\U0001F3FD", "\U0001F3FE", "\U0001F3FF"];
    private static readonly string[] ZwjSequences =
    [
        "👨‍👩‍👧‍👦", "👩‍💻", "👩🏽‍💻", "🏳️‍🌈", "🧑‍✈️", "👨🏿‍🦱", "🐕‍🦺", "❤️‍🔥", "👁️‍🗨️", "🧑🏻‍🤝‍🧑🏿", "🏴‍☠️",
    ];
    private static readonly string[] OtherEmoji = ["🇪🇸", "🇯🇵", "🇺🇸", "1️⃣", "#️⃣", "*️⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "©️", "®", "™️", "‼️", "🆘"];

    private static readonly string[] Hosts =
        ["acme-air.com", "example.org", "help.acme.co.uk", "www.example.net", "shop.example.de", "acme.io", "a.b.c.example.travel",
         "bücher.de", "例え.jp", "acme.xn--p1ai", "file.txt", "notes.docx", "example.notatld", "example.c", "acme.museum", "t.co", "x.com"];
    private static readonly string[] Paths = ["", "/", "/refunds", "/help/faq", "/a_(b)", "/search?q=bag&lang=en", "/?id=42", "/ünï", "/тест", "/path.", "/x#top", ":8080/p"];
    private static readonly string[] Mentions = ["@acme", "@acme_help", "@Acme_Air", "@help@mastodon.social", "help@acme-air.com", "@", "＠acme", "#help", "$ACME"];
    private static readonly string[] Separators = [" ", " ", " ", "", "\n", ", ", ". ", " — ", " (", ") ", ": ", "/", "-", "\u200F", "\u00A0", "　"];

    /// <summary><paramref name="count"/> strings from a fixed seed: the same list on every run and machine.</summary>
    public static IReadOnlyList<string> Generated(int count, int seed = 20261128)
    {
        var random = new Random(seed);
        var texts = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(1, 12);
            for (var p = 0; p < pieces; p++)
            {
                if (p > 0) text.Append(Pick(random, Separators));
                text.Append(Piece(random));
            }
            texts.Add(text.ToString());
        }
        return texts;
    }

    private static string Piece(Random random) => random.Next(10) switch
    {
        0 or 1 => Pick(random, Words),
        2 => Pick(random, Scripts),
        3 => Pick(random, Words) + Pick(random, Combining),
        4 => Emoji(random),
        5 or 6 => Url(random),
        7 => Pick(random, Mentions),
        8 => RandomCodePoints(random),
        _ => Pick(random, Words) + Emoji(random),
    };

    private static string Emoji(Random random) => random.Next(6) switch
    {
        0 => Pick(random, EmojiBases),
        1 => Pick(random, EmojiBases) + "\uFE0F",
        2 => Pick(random, ["👍", "👩", "👨", "🧑", "👋", "🙏"]) + Pick(random, SkinTones),
        3 => Pick(random, ZwjSequences),
        4 => Pick(random, OtherEmoji),
        _ => Pick(random, EmojiBases) + Pick(random, EmojiBases),
    };

    private static string Url(Random random)
    {
        var scheme = random.Next(3) switch { 0 => "https://", 1 => "http://", _ => "" };
        return scheme + Pick(random, Hosts) + Pick(random, Paths);
    }

    // Code points from the ranges X weighs differently, including the edges of its light ranges.
    private static string RandomCodePoints(Random random)
    {
        (int Start, int End)[] ranges =
        [
            (0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x52F), (0x590, 0x6FF), (0x900, 0x97F), (0x10F0, 0x1110),
            (0x1FF0, 0x2050), (0x3040, 0x30FF), (0x4E00, 0x4E80), (0xAC00, 0xAC40), (0xFF00, 0xFF60),
        ];
        var text = new StringBuilder();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var (start, end) = ranges[random.Next(ranges.Length)];
            text.Append(char.ConvertFromUtf32(random.Next(start, end + 1)));
        }
        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
