using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>Text from ssla.yaml cannot reorder or rewrite what is printed around it.</summary>
public class UntrustedTextTests
{
    private const char Rlo = '\u202E', Pdf = '\u202C';

    [Theory]
    // An override the value opens and never closes ends with the value: the sentence around it reads left to right.
    [InlineData("Acme \u202EAir", "Acme \u202EAir\u202C")]
    // Closing an isolate closes the embeddings opened inside it; an isolate left open closes at the end.
    [InlineData("a\u2067b\u202Ec\u2069d\u2067e", "a\u2067b\u202Ec\u202C\u2069d\u2067e\u2069")]
    // Each line closes what it opened before it ends; the next line is untouched.
    [InlineData("\u202Efirst\nsecond", "\u202Efirst\u202C\nsecond")]
    // Balanced controls stay as written; pops that close nothing are dropped.
    [InlineData("\u202ERTL\u202C and \u2067שלום\u2069\u202C\u2069", "\u202ERTL\u202C and \u2067שלום\u2069")]
    // Control characters go (a terminal escape, a bell, a C1 control); tabs and line feeds stay; the ends are trimmed.
    [InlineData("  Acme\u001b[31m Air\u0007\u0085\ttwo\nlines  ", "Acme[31m Air\ttwo\nlines")]
    public void Should_leave_nothing_that_reorders_or_rewrites_the_text_around_it(string text, string expected)
    {
        // Given a text from ssla.yaml
        // When it is tidied
        var tidy = UntrustedText.Tidy(text);

        // Then it is what the comment above its case says
        Assert.Equal(expected, tidy);
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
        Assert.Equal($"Orders {Rlo}and returns{Pdf}", promise.Channels[0].Summary.Default);
        Assert.Equal($"Refunds {Rlo}{Pdf}", promise.Channels[0].NotFor[0].Text.Default);
    }
}
