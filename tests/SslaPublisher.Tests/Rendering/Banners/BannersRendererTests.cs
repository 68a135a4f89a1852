using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannersRendererTests
{
    private static readonly Promise Example = new PromiseLoader().LoadFile(RepoPaths.Example());

    private static SiteContent Build(Promise promise, TemplateSet? templates = null) =>
        new SiteBuilder([new BannersRenderer()], templates ?? TemplateSet.Default).Build(promise);

    [Fact]
    public void Should_render_a_banner_for_each_channel_whose_platform_has_one_and_a_share_image()
    {
        // Given the example brand (Instagram has no banner in the catalog)
        // When its banners are built
        var site = Build(Example);

        // Then every channel with a banner spec gets one, named by channel id, plus og.png at the root
        Assert.Equal(
            ["banners/facebook.png", "banners/linkedin.png", "banners/mastodon-ops.png", "banners/x-help.png", "og.png"],
            site.Files.Keys.ToArray());
        Assert.All(site.Files.Values, f => Assert.Equal("image/png", f.ContentType));
    }

    [Fact]
    public void Should_size_each_banner_for_its_platform_and_stay_under_its_upload_limit()
    {
        // Given the example brand's banners
        var site = Build(Example);

        // Then each has its platform's pixel size and is smaller than the platform accepts
        foreach (var channel in Example.Channels)
        {
            var spec = PlatformCatalog.Default[channel.Platform].Banner?.AtScale();
            if (spec is null) continue;
            var bytes = site.Files[$"banners/{channel.Id}.png"].Content.ToArray();
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.Equal((spec.Width, spec.Height), (bitmap.Width, bitmap.Height));
            Assert.True(bytes.Length <= spec.MaxBytes, $"{channel.Id}: {bytes.Length} > {spec.MaxBytes}");
        }
        using (var facebook = SKBitmap.Decode(site.Files["banners/facebook.png"].Content.ToArray()))
            Assert.Equal((1702, 630), (facebook.Width, facebook.Height)); // 2x, sharp on phones that enlarge the cover
        var og = site.Files["og.png"].Content.ToArray();
        using var share = SKBitmap.Decode(og);
        Assert.Equal((1200, 630), (share.Width, share.Height));
        Assert.True(og.Length <= PlatformCatalog.Default.ShareImage.MaxBytes);
    }

    [Fact]
    public void Should_produce_byte_identical_pngs_for_the_same_input()
    {
        // Given two independent builds of the same brand (fresh renderers, no shared caches of output)
        var first = Build(Example);
        var second = Build(new PromiseLoader().LoadFile(RepoPaths.Example()));

        // Then every file is byte for byte the same
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var (path, file) in first.Files)
            Assert.True(file.Content.Span.SequenceEqual(second.Files[path].Content.Span), $"{path} differs between builds");
    }

    [Fact]
    public void Should_report_the_first_channels_banner_when_several_fail_though_they_are_drawn_in_parallel()
    {
        // Given an override folder in which every layout asks for far more text than any banner holds
        using var dir = new TempDir();
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "banners", "solid.yaml"));
        var impossible = builtIn
            .Replace("min_scale: 0.3", "min_scale: 0.95", StringComparison.Ordinal)
            .Replace("\"{{ headline }}\"", "\"" + string.Concat(Enumerable.Repeat("{{ headline }} ", 30)) + "\"", StringComparison.Ordinal);
        Assert.NotEqual(builtIn, impossible);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates", "banners"), "*.yaml"))
            dir.Write("banners/" + Path.GetFileName(file), impossible);
        var templates = TemplateSet.Default.WithOverrides(dir.Path);
        var first = Example.Channels.First(c => PlatformCatalog.Default[c.Platform].Banner is not null);

        // When the site is built, several times
        var messages = Enumerable.Range(0, 5).Select(_ => Assert.Throws<BannerException>(() => Build(Example, templates)).Message).ToList();

        // Then each time the error is the first banner's, as a sequential run would report it
        Assert.All(messages, m => Assert.StartsWith($"banners/{first.Id}.png", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_use_a_platform_layout_from_the_templates_override_folder()
    {
        // Given an override folder restyling the X banner's layout (the example's X channel uses photo) only:
        // a flat white background, black text
        using var dir = new TempDir();
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "banners", "solid.yaml"));
        dir.Write("banners/photo-x.yaml", builtIn.Replace("background: background", "background: \"#ffffff\"", StringComparison.Ordinal)
            .Replace("color: text", "color: \"#000000\"", StringComparison.Ordinal));

        // When the site is built with it
        var site = Build(Example, TemplateSet.Default.WithOverrides(dir.Path));

        // Then the X banner uses it and the other platforms keep the built-in layout
        using var x = SKBitmap.Decode(site.Files["banners/x-help.png"].Content.ToArray());
        using var facebook = SKBitmap.Decode(site.Files["banners/facebook.png"].Content.ToArray());
        Assert.Equal(SKColors.White, x.GetPixel(5, 5));
        Assert.Equal(new SKColor(0x0B, 0x3D, 0x91), facebook.GetPixel(facebook.Width - 5, 5));
    }

    [Fact]
    public void Should_fail_naming_the_block_when_the_text_cannot_fit()
    {
        // Given a headline far too long for an X header, and a layout that may not shrink it much
        var layout = BannerSamples.Layout(string.Concat(Enumerable.Repeat("We reply within {{ reply_within }} ", 40)));
        var tight = layout with { Text = layout.Text with { MinScale = 0.9 } };
        var model = BannerSamples.Model("Acme", "@acme", "15 minutes", "Mon–Fri");

        // When it is rendered
        var error = Assert.Throws<BannerException>(() =>
            BannerImage.RenderPng(BannerSamples.Painter, BannerSamples.XSpec, tight, model, BrandColors.Default, null, "banners/x-help.png"));

        // Then the error names the banner and the block, and says what to do
        Assert.Contains("banners/x-help.png", error.Message);
        Assert.Contains("text.blocks[0]", error.Message);
        Assert.Contains("shorten it", error.Message);
        Assert.Contains("We reply within 15 minutes", error.Message);
        Assert.DoesNotContain('\u2068', error.Message);
    }

    [Fact]
    public void Should_fail_clearly_when_a_png_exceeds_the_platform_upload_limit()
    {
        // Given a rendered banner and a limit smaller than its PNG
        using var bitmap = BannerImage.Draw(BannerSamples.Painter, BannerSamples.XSpec, BannerSamples.BuiltIn(),
            BannerSamples.Model("Acme", "@acme", "15 minutes", "Mon–Fri"), BrandColors.Default, null, "x");
        using var pixmap = bitmap.PeekPixels();

        // When it is encoded against that limit
        var error = Assert.Throws<BannerException>(() => PngEncoder.Encode(pixmap, 1_000, "banners/x-help.png"));

        // Then the error names the file and both sizes
        Assert.Contains("banners/x-help.png", error.Message);
        Assert.Contains("1,000 bytes", error.Message);
    }
}
