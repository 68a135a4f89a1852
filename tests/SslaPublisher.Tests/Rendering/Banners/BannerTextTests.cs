using SslaPublisher.Rendering.Banners;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerTextTests
{
    [Fact]
    public void Should_insert_values_into_a_sentence_as_directional_isolates()
    {
        // Given an Arabic headline template with the reply time inserted
        var layout = BannerSamples.Layout("نرد خلال {{ reply_within }}");

        // When it is filled
        var texts = BannerText.Fill(layout, BannerSamples.Model("Acme", "@acme", "15 minutes", "Mon–Fri 9–6 ET"));

        // Then the value is wrapped in FSI … PDI, so it keeps its own direction inside the sentence
        Assert.Equal("نرد خلال \u206815 minutes\u2069", texts[0].Text);
    }

    [Fact]
    public void Should_leave_a_block_that_is_one_value_bare_and_drop_empty_blocks()
    {
        // Given the built-in layout and a model with no hours
        var texts = BannerText.Fill(BannerSamples.BuiltIn(), BannerSamples.Model("Acme", "@AcmeAirHelp", "15 minutes", ""));

        // Then the handle block is the handle alone, and the empty hours block is left out
        Assert.Equal(2, texts.Count);
        Assert.Equal("@AcmeAirHelp", texts[1].Text);
    }

    [Fact]
    public void Should_flatten_line_breaks_in_values_to_spaces()
    {
        // Given a brand name with a line break and a tab in it (untrusted text from ssla.yaml)
        var layout = BannerSamples.Layout("{{ brand_name }}");

        // When it is filled
        var texts = BannerText.Fill(layout, BannerSamples.Model("Acme\nAir\tLines", "@a", "1 hour", ""));

        // Then it is one line of words (the layout wraps it), not boxes for control characters
        Assert.Equal("Acme Air Lines", texts[0].Text);
    }
}
