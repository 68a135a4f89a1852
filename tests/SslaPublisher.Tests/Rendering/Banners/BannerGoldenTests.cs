using SslaPublisher.Rendering.Localization;
using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerGoldenTests
{
    public static TheoryData<string> ExampleFiles => new() { "banners/x-help.png", "banners/facebook.png", "banners/linkedin.png", "banners/mastodon-ops.png", "og.png" };

    public static TheoryData<string> SampleNames => [.. BannerSamples.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Should_match_the_golden_image_for_the_example_brand(string path)
    {
        // Given the example brand
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());

        // When its banners are rendered
        var site = new SiteBuilder([new BannersRenderer()], TemplateSet.Default).Build(promise);

        // Then each looks like its golden image
        var file = site.Files[path];
        Golden.AssertMatches("acme-air-" + Path.GetFileNameWithoutExtension(path), file.Content.ToArray());
    }

    [Theory]
    [InlineData("youtube")]
    [InlineData("bluesky")]
    public void Should_match_the_golden_image_on_platforms_the_example_does_not_use(string platform)
    {
        // Given the example brand's X channel, as if it were on YouTube or Bluesky (large sizes, small safe areas)
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var channel = promise.Channels.Single(c => c.Id == "x-help");
        var spec = PlatformCatalog.Default.FindByKey(platform)!.Banner!.AtScale();
        using var logos = new LogoCache();

        // When its banner is rendered at that platform's size
        var png = BannerImage.RenderPng(BannerSamples.Painter, spec, BannerSamples.BuiltInFor("solid", platform),
            BannerModel.ForChannel(promise, channel, PlatformCatalog.Default, UiStrings.Load(TemplateSet.Default, "en")), promise.Brand.Colors, logos.Get(promise.Brand.Logo, SslaPublisher.Inputs.DiskFiles.Instance), platform);

        // Then it looks like its golden image and stays under the platform's limit
        Golden.AssertMatches("acme-air-as-" + platform, png);
        Assert.True(png.Length <= spec.MaxBytes);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Should_match_the_golden_image_for_right_to_left_and_CJK_samples(string name)
    {
        // Given a headline in another script (Arabic and Hebrew mixed with Latin, Japanese, Chinese, Hindi with emoji)
        var sample = BannerSamples.All.Single(s => s.Name == name);
        var layout = BannerSamples.Layout(sample.HeadlineTemplate);

        // When an X header is rendered
        var png = BannerImage.RenderPng(BannerSamples.Painter, BannerSamples.XSpec, layout, sample.Model, sample.Colors, null, name);

        // Then it looks like its golden image
        Golden.AssertMatches("sample-" + name, png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(BannerSamples.XSpec.Width, bitmap.Width);
    }
}
