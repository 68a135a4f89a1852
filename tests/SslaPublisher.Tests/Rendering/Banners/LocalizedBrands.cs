using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>
/// Brands that speak one language, loaded from ssla.yaml text like a user's, so their banners say what the
/// product says (headline, hours, zone and call to action from the language's UI strings and CLDR), not words a
/// test made up.
/// </summary>
public static class LocalizedBrands
{
    public sealed record Brand(string Key, string Language, string Zone, string Name, string Handle, BrandColors Colors);

    public static readonly Brand Arabic = new("arabic", "ar", "Asia/Riyadh", "طيران الصحراء", "@SaharaAirHelp", BannerSamples.Teal);
    public static readonly Brand Hebrew = new("hebrew", "he", "Asia/Jerusalem", "אייר כרמל", "@CarmelAirHelp", BannerSamples.Teal);
    public static readonly Brand Japanese = new("japanese", "ja", "Asia/Tokyo", "エーシーエム航空", "@AcmeAirJP", BrandColors.Default);
    public static readonly Brand Hindi = new("hindi", "hi", "Asia/Kolkata", "एक्मे एयर", "@AcmeAirIN", BrandColors.Default);
    public static readonly Brand German = new("german", "de", "Europe/Berlin", "Acme Air", "@AcmeAirDE", BrandColors.Default);
    public static readonly Brand Spanish = new("spanish", "es", "Europe/Madrid", "Acme Air", "@AcmeAirES", BrandColors.Default);

    public static IReadOnlyList<Brand> All { get; } = [Arabic, Hebrew, Japanese, Hindi, German, Spanish];

    public static Brand ByKey(string key) => All.Single(b => b.Key == key);

    /// <summary>The brand's promise: X, Facebook, LinkedIn and YouTube channels with the example's hours, in its language.</summary>
    public static Promise Promise(Brand brand)
    {
        var c = brand.Colors;
        var yaml = $$$"""
            brand:
              name: "{{{brand.Name}}}"
              slug: {{{brand.Key}}}-air
              website: https://{{{brand.Key}}}-air.example
              base_url: https://promise.{{{brand.Key}}}-air.example/
              colors: {background: "{{{c.Background}}}", text: "{{{c.Text}}}", accent: "{{{c.Accent}}}"}
              timezone: {{{brand.Zone}}}
              languages: [{{{brand.Language}}}]
            channels:
              - {id: x, platform: x, handle: "{{{brand.Handle}}}", purpose: support, summary: { {{{brand.Language}}}: "-"},
                 hours: {mon-fri: "09:00-18:00", sat: "10:00-14:00"}, reply: {within: 15m}}
              - {id: facebook, platform: facebook, handle: "{{{brand.Handle[1..]}}}", purpose: questions, summary: { {{{brand.Language}}}: "-"},
                 hours: {mon-fri: "08:00-20:00", sat-sun: "10:00-16:00"}, reply: {within: 4h}}
              - {id: linkedin, platform: linkedin, handle: "{{{brand.Key}}}-air", purpose: announcements, summary: { {{{brand.Language}}}: "-"},
                 hours: {mon-fri: "09:00-17:00"}, reply: {within: 2d}}
              - {id: youtube, platform: youtube, handle: "{{{brand.Key}}}air", purpose: announcements, summary: { {{{brand.Language}}}: "-"},
                 hours: {mon-fri: "09:00-17:00"}, reply: {within: 1d}}
            """;
        return new PromiseLoader().Load(yaml, Path.Combine(RepoPaths.Root, "examples", "acme-air", brand.Key + ".yaml"));
    }

    /// <summary>The model of the brand's banner on <paramref name="platform"/> (x, facebook, linkedin or youtube).</summary>
    public static BannerModel Model(Brand brand, string platform)
    {
        var promise = Promise(brand);
        var channel = promise.Channels.Single(ch => ch.Id == platform);
        return BannerModel.ForChannel(promise, channel, PlatformCatalog.Default, UiStrings.Load(TemplateSet.Default, brand.Language));
    }
}
