using SslaPublisher.Definition;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerLayoutReaderTests
{
    [Fact]
    public void Should_read_the_built_in_layouts()
    {
        // When the shipped layouts are read
        var banner = BannerSamples.BuiltIn("solid.yaml");
        var og = BannerSamples.BuiltIn("og.yaml");

        // Then they have their blocks, the headline first and bold
        Assert.Equal(4, banner.Text.Blocks.Length);
        Assert.Equal(FontWeight.Bold, banner.Text.Blocks[0].Weight);
        Assert.Equal("accent", banner.Stripe.Color.Name);
        Assert.Equal(4, og.Text.Blocks.Length);
    }

    [Theory]
    [InlineData("solid.yaml")]
    [InlineData("photo.yaml")]
    [InlineData("split.yaml")]
    [InlineData("pattern.yaml")]
    [InlineData("og.yaml")]
    public void Should_show_the_call_to_action_on_every_built_in_layout(string file)
    {
        // Given a model with a promise address
        var model = BannerSamples.Model("Acme", "@acme", "15 minutes", "Mon–Fri 9–6 ET") with
        {
            Action = "Our promise: promise.acme.example", PromiseUrl = "promise.acme.example",
        };

        // When a built-in layout is filled
        var texts = BannerText.Fill(BannerSamples.BuiltIn(file), model);

        // Then one of its blocks is the call to action
        Assert.Contains(texts, t => t.Text.Contains("promise.acme.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_report_every_problem_with_file_line_and_column()
    {
        // Given a layout with an unknown key, a bad colour and a bad weight
        const string yaml = """
            background: "#12345"
            logo: {size: 0.5, sise: 2}
            text:
              blocks:
                - {text: "Hi", weight: heavy}
            """;

        // When it is read
        var error = Assert.Throws<DefinitionException>(() => BannerLayoutReader.Read(yaml, "banners/solid.yaml"));

        // Then each problem is located
        var lines = error.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("banners/solid.yaml:1:13: background: '#12345' is not a colour", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("banners/solid.yaml:2:19: logo.sise: unknown key 'sise'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("banners/solid.yaml:5:28: text.blocks[0].weight: 'heavy' is not one of regular, bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_name_the_block_when_its_text_uses_an_unknown_name()
    {
        // Given a block that uses a name the banner model does not have
        var layout = BannerLayoutReader.Read("text:\n  blocks:\n    - text: \"{{ phone_number }}\"\n", "my.yaml");

        // When it is filled
        var error = Assert.Throws<DefinitionException>(() => BannerText.Fill(layout, BannerSamples.Model("A", "@a", "1 hour", "")));

        // Then the error points at the block's text
        Assert.StartsWith("my.yaml:3:13: text.blocks[0].text:", error.Diagnostics.Single().ToString());
    }
}
