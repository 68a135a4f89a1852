using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>Banners in several scripts, drawn from the built-in layout restyled with translated headlines.</summary>
public static class BannerSamples
{
    public sealed record Sample(string Name, string HeadlineTemplate, BannerModel Model, BrandColors Colors)
    {
        public override string ToString() => Name;
    }

    public static readonly BrandColors Teal = new(RgbColor.Parse("#0F4C45"), RgbColor.Parse("#FFFFFF"), RgbColor.Parse("#F4C95D"));

    public static IReadOnlyList<Sample> All { get; } =
    [
        new("arabic", "نرد خلال {{ reply_within }} على {{ platform }}",
            Model("شركة الصحراء للطيران", "@SaharaAirHelp", "15 minutes", "الأحد–الخميس 9:00–18:00 (Asia/Riyadh)") with { Language = "ar" }, Teal),
        new("hebrew", "אנחנו עונים תוך 30 דקות",
            Model("אל-על", "@ElAlHelp", "30 minutes", "א׳–ה׳ 8:00–20:00 (Asia/Jerusalem)") with { Language = "he" }, Teal),
        new("japanese", "{{ reply_within }}以内に返信します。お気軽にご連絡ください",
            Model("エーシーエム航空", "@AcmeAirJP", "15分", "月〜金 9:00–18:00 (Asia/Tokyo)") with { Language = "ja" }, BrandColors.Default),
        new("chinese", "我们在{{ reply_within }}内回复您的消息",
            Model("艾克美航空", "@AcmeAirCN", "2小时", "周一至周五 9:00–18:00 (Asia/Shanghai)") with { Language = "zh-Hans" }, BrandColors.Default),
        new("hindi-emoji", "हम {{ reply_within }} में जवाब देते हैं ✈️🙂",
            Model("एक्मे एयर", "@AcmeAirIN", "15 मिनट", "सोम–शुक्र 9:00–18:00 (Asia/Kolkata)") with { Language = "hi" }, BrandColors.Default),
    ];

    public static BannerModel Model(string brand, string handle, string replyWithin, string hours) =>
        new(brand, "acme-air.example", "X", handle, replyWithin, hours, "X") { Headline = "We reply within " + replyWithin };

    /// <summary>A built-in banner layout (solid unless named) with its headline replaced.</summary>
    public static BannerLayout Layout(string headlineTemplate, string file = "solid.yaml")
    {
        var builtIn = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "templates", "banners", file));
        var yaml = builtIn.Replace("\"{{ headline }}\"", "\"" + headlineTemplate + "\"", StringComparison.Ordinal);
        if (yaml == builtIn) throw new InvalidOperationException("The built-in layout's headline moved; update BannerSamples.");
        return BannerLayoutReader.Read(yaml, "sample.yaml");
    }

    /// <summary>The built-in layout <paramref name="layout"/> as a platform gets it: its <c>-platform</c> variant when there is one.</summary>
    public static BannerLayout BuiltInFor(string layout, string platform) =>
        File.Exists(Path.Combine(Support.RepoPaths.Root, "templates", "banners", $"{layout}-{platform}.yaml"))
            ? BuiltIn($"{layout}-{platform}.yaml") : BuiltIn($"{layout}.yaml");

    public static BannerLayout BuiltIn(string name = "solid.yaml") =>
        BannerLayoutReader.Read(File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "templates", "banners", name)), name);

    public static BannerPainter Painter { get; } = new(new TextShaper(FontLibrary.Default));

    public static BannerSpec XSpec => PlatformCatalog.Default[PlatformId.X].Banner!;
}
