using SkiaSharp;
using SslaPublisher.Definition;
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
