using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>Text from ssla.yaml cannot reorder or rewrite what is printed around it.</summary>
public class UntrustedTextTests
{
    private const char Rlo = '\u202E', Pdf = '\u202C', Rli = '\u2067', Pdi = '\u2069';

    [Fact]
    public void Should_close_an_override_the_value_leaves_open()
    {
        // Given a brand name that opens a right-to-left override and never closes it
        var name = $"Acme {Rlo}Air";

        // When it is tidied
        var tidy = UntrustedText.Tidy(name);

        // Then the override ends with the value, so the sentence it is written into reads left to right again
        Assert.Equal($"Acme {Rlo}Air{Pdf}", tidy);
    }

    [Fact]
    public void Should_close_embeddings_inside_an_isolate_when_the_isolate_closes()
    {
        // Given an isolate that holds an unclosed override, and a second isolate left open
        var text = $"a{Rli}b{Rlo}c{Pdi}d{Rli}e";

        // When it is tidied
        var tidy = UntrustedText.Tidy(text);

        // Then the override closes before its isolate does, and the open isolate closes at the end
        Assert.Equal($"a{Rli}b{Rlo}c{Pdf}{Pdi}d{Rli}e{Pdi}", tidy);
    }

    [Fact]
    public void Should_close_what_is_open_before_each_line_ends()
    {
        // Given an override opened on the first of two lines
        var text = $"{Rlo}first\nsecond";

        // When it is tidied
        var tidy = UntrustedText.Tidy(text);

        // Then the first line closes it, and the second line is untouched
        Assert.Equal($"{Rlo}first{Pdf}\nsecond", tidy);
    }

    [Fact]
    public void Should_keep_balanced_bidi_text_and_drop_stray_pops()
    {
        // Given balanced right-to-left controls, then a pop that closes nothing
        var text = $"{Rlo}RTL{Pdf} and {Rli}שלום{Pdi}{Pdf}{Pdi}";

        // When it is tidied
        var tidy = UntrustedText.Tidy(text);

        // Then the balanced part is kept as written and the stray pops are gone
        Assert.Equal($"{Rlo}RTL{Pdf} and {Rli}שלום{Pdi}", tidy);
    }

    [Fact]
    public void Should_drop_control_characters_but_keep_tabs_and_line_feeds()
    {
        // Given a name carrying a terminal escape sequence, a bell, a C1 control, a tab and a line feed
        var text = "  Acme\u001b[31m Air\u0007\u0085\ttwo\nlines  ";

        // When it is tidied
        var tidy = UntrustedText.Tidy(text);

        // Then nothing remains that a terminal or an XML writer would act on, and the text is trimmed
        Assert.Equal("Acme[31m Air\ttwo\nlines", tidy);
    }

    [Fact]
    public void Should_tidy_every_text_the_loader_reads()
    {
        // Given an ssla.yaml whose brand name, summary and not_for item open overrides and carry an escape
        var yaml = """
            brand:
              name: "Acme \u202EAir\e[2J"
              slug: acme
              timezone: America/New_York
            channels:
              - id: help
                platform: x
                handle: "@Help"
                purpose: support
                summary: "Orders \u202Eand returns"
                hours: {mon-fri: "09:00-18:00"}
                reply: {within: 15m}
                not_for: ["Refunds \u202E"]
            """;

        // When it is loaded
        var promise = new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "brand/ssla.yaml");

        // Then each value closes what it opens and has no control characters left
        Assert.Equal($"Acme {Rlo}Air[2J{Pdf}", promise.Brand.Name);
        Assert.Equal($"Orders {Rlo}and returns{Pdf}", promise.Channels[0].Summary);
        Assert.Equal($"Refunds {Rlo}{Pdf}", promise.Channels[0].NotFor[0].Text);
    }
}
