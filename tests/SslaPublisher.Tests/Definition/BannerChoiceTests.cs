using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

public class BannerChoiceTests
{
    private const string Channel = """
        channels:
          - id: help
            platform: x
            handle: "@Help"
            purpose: support
            summary: Orders.
            hours: {mon-fri: "09:00-18:00"}
            reply: {within: 15m}
        """;

    private static string Yaml(string brandBanner, string channelBanner = "") => $"""
        brand:
          name: Acme
          slug: acme
          timezone: America/New_York
        {brandBanner}
        {Channel}
        {channelBanner}
        """;

    [Fact]
    public void Should_let_a_channel_override_the_brands_layout_and_keep_its_image()
    {
        // Given a brand with a photo and a channel asking for the split layout
        using var dir = new TempDir();
        File.Copy(Path.Combine(RepoPaths.Root, "examples", "acme-air", "sky.jpg"), Path.Combine(dir.Path, "sky.jpg"));
        var yaml = Yaml("  banner: {layout: photo, image: sky.jpg, focal: [0.7, 0.25]}", "    banner: {layout: split}");

        // When it is loaded
        var promise = new PromiseLoader().Load(yaml, Path.Combine(dir.Path, "ssla.yaml"));

        // Then the channel has split with the brand's image and focal point
        var banner = promise.Channels.Single().Banner;
        Assert.Equal(("split", Path.Combine(dir.Path, "sky.jpg"), 0.7, 0.25), (banner.Layout, banner.Image, banner.FocalX, banner.FocalY));
        Assert.Equal("photo", promise.Brand.Banner.Layout);
    }

    [Theory]
    [InlineData("  banner: {layout: Photo!}", "brand.banner.layout", "is not a layout name")]
    [InlineData("  banner: {layout: photo}", "brand.banner.layout", "the photo layout needs an image")]
    [InlineData("  banner: {layout: solid, focal: [2, 0]}", "brand.banner.focal", "[x, y]")]
    [InlineData("  banner: {layout: solid, image: ../outside.jpg}", "brand.banner.image", "outside the folder")]
    [InlineData("  banner: {layuot: solid}", "brand.banner.layuot", "unknown key")]
    public void Should_report_banner_mistakes_at_their_field(string banner, string field, string message)
    {
        var error = Assert.Throws<DefinitionException>(() => new PromiseLoader().Load(Yaml(banner), "/tmp/brand/ssla.yaml", "brand/ssla.yaml"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.StartsWith(field, problem.Message, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
    }
}
