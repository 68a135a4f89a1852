using SslaPublisher.Rendering.Markdown;

namespace SslaPublisher.Tests.Rendering.Markdown;

public sealed class ProseRendererTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Should_drop_links_whose_scheme_is_not_allowed(string markdown)
    {
        // Given a link with a script-capable scheme
        // When it is rendered
        var html = ProseRenderer.Inline(markdown).Value;

        // Then no link survives, only its text
        Assert.DoesNotContain("href", html);
        Assert.DoesNotContain("<a", html);
    }

    [Theory]
    [InlineData("[site](https://example.com/a?b=1)", "https://example.com/a?b=1")]
    [InlineData("[site](http://example.com/)", "http://example.com/")]
    [InlineData("[mail](mailto:help@example.com)", "mailto:help@example.com")]
    [InlineData("[call](tel:+18005550100)", "tel:+18005550100")]
    [InlineData("see https://example.com/status now", "https://example.com/status")]
    public void Should_keep_http_https_mailto_and_tel_links(string markdown, string href)
    {
        // Given a link with an allowed scheme (or a bare URL)
        // When it is rendered
        var html = ProseRenderer.Inline(markdown).Value;

        // Then it is a link to that target, marked nofollow
        Assert.Contains($"href=\"{href}\"", html);
        Assert.Contains("rel=\"nofollow noopener\"", html);
    }

    [Fact]
    public void Should_isolate_a_link_that_shows_its_address_left_to_right_and_leave_worded_links_alone()
    {
        // Given an Arabic statement with a bare status URL, and a link with words for its text
        var bare = ProseRenderer.Inline("ننشر آخر المستجدات على https://acme-air.example/status.").Value;
        var worded = ProseRenderer.Inline("[صفحة الحالة](https://acme-air.example/status)").Value;

        // Then the bare address is one left-to-right piece the page can keep whole (dir="ltr", class "url"),
        // its sentence's full stop outside it; a worded link keeps the direction of its words
        Assert.Contains("<a href=\"https://acme-air.example/status\" rel=\"nofollow noopener\" dir=\"ltr\" class=\"url\">https://acme-air.example/status</a>.", bare, StringComparison.Ordinal);
        Assert.DoesNotContain("dir=", worded, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", worded, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_raw_html_as_text()
    {
        // Given Markdown with raw HTML in it
        var html = ProseRenderer.Block("Hi <script>alert(1)</script> <img src=x onerror=alert(2)>").Value;

        // Then the tags are escaped text, not elements
        Assert.Equal("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p>", html);
    }

    [Fact]
    public void Should_not_turn_generic_attribute_syntax_into_attributes()
    {
        // Given Markdig's generic-attribute syntax, which UseAdvancedExtensions would honour
        var html = ProseRenderer.Inline("[ok](https://ok.example){onclick=alert(1)} **b**{style=x}").Value;

        // Then no event handler or style attribute is produced: the braces stay as text
        var elements = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html).Body!.QuerySelectorAll("*");
        Assert.All(elements, e => Assert.All(e.Attributes, a => Assert.Contains(a.Name, new[] { "href", "rel" })));
        Assert.Contains("{onclick=alert(1)}", html);
        Assert.Contains("<strong>b</strong>", html);
    }

    [Fact]
    public void Should_render_emphasis_lists_and_strikethrough()
    {
        // Given ordinary prose Markdown
        var html = ProseRenderer.Block("**Fast** and *kind*, ~~slow~~\n\n- one\n- two").Value;

        // Then the allowed formatting is kept
        Assert.Equal("<p><strong>Fast</strong> and <em>kind</em>, <del>slow</del></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>", html);
    }

    [Fact]
    public void Should_drop_the_paragraph_of_a_single_inline_field()
    {
        // Given a one-line field rendered for a list item
        // Then it has no <p> wrapper
        Assert.Equal("Refunds <em>only</em>", ProseRenderer.Inline("Refunds *only*").Value);
        Assert.Equal("", ProseRenderer.Inline(null).Value);
    }

    [Fact]
    public void Should_turn_headings_and_code_blocks_into_paragraphs_and_keep_their_words()
    {
        // Given a summary with a heading (it would outrank the page's own) and a fenced code block
        var html = ProseRenderer.Block("# Big news\n\n```js\nalert(1)\n```\n\nSetext\n===").Value;

        // Then the words remain as paragraphs, the code as inline code without its language class
        Assert.Equal("<p>Big news</p>\n<p><code>alert(1)</code></p>\n<p>Setext</p>", html);
    }

    [Fact]
    public void Should_show_an_image_as_its_description_and_a_relative_link_as_its_text()
    {
        // Given an image (tracking pixel or not) and a link whose target is no address
        var html = ProseRenderer.Inline("![our *logo*](https://t.example/p.gif) then [help](/help) and [x]()").Value;

        // Then neither an image nor a dead link is written: only their words
        Assert.Equal("our <em>logo</em> then help and x", html);
    }

    [Fact]
    public void Should_keep_unmatched_brackets_and_reference_links()
    {
        // Given text with brackets that open no link, and a link by reference
        var html = ProseRenderer.Block("<![CDATA[ x ] [see][s] *\n\n[s]: https://s.example \"Status\"").Value;

        // Then the brackets are text, and the reference link is a checked link with its title
        Assert.Equal("<p>&lt;![CDATA[ x ] <a href=\"https://s.example\" rel=\"nofollow noopener\" title=\"Status\">see</a> *</p>", html);
    }

    [Fact]
    public void Should_write_only_allowed_elements_and_attributes_whatever_the_markdown()
    {
        // Given hostile and unusual Markdown of every block and inline kind
        string[] corpus =
        [
            "<div onclick=x>raw block</div>\n\n<script>alert(1)</script>",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "***\n\n---\n\n> quote with [js](javascript:alert(1)) and ![i](javascript:alert(2))",
            "1. one\n   - nested <b>bold</b>\n     > deep\n\n[^1]: footnote",
            "<https://ok.example> <mailto:a@b.example> <javascript:alert(1)> www.example.com",
            "[a](<javascript:alert(1)> \"t\") [b](https://x.example \"t\\\" onmouseover=\\\"alert(1)\") &lt;&#x3C;script&#62;",
            "    indented code <b>\n\n~~~\nfenced\n~~~",
            "Term\n: definition\n\n- [ ] task\n\n$$math$$ ==mark== ^sup^ ~sub~ :smile:",
        ];
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var markdown in corpus)
        {
            var body = parser.ParseDocument("<body>" + ProseRenderer.Block(markdown).Value).Body!;

            // Then every element is an allowed one, with no attribute beyond a checked link's
            foreach (var element in body.QuerySelectorAll("*"))
            {
                Assert.Contains(element.LocalName, ProseSanitizer.AllowedTags);
                Assert.All(element.Attributes, a => Assert.Contains(a.Name, new[] { "href", "title", "rel", "dir", "class" }));
                if (element.LocalName == "a") Assert.Matches("^(https?|mailto|tel):", element.GetAttribute("href")!);
            }
        }
    }
}
