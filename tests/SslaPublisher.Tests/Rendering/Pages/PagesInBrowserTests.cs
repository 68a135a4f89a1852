using System.Text.Json.Nodes;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>Builds the example and the XSS brand once, checks them with vnu, and runs every browser check in one Chromium launch.</summary>
public sealed class BuiltPagesFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public BuiltPagesFixture()
    {
        Example = PagesSite.Build(RepoPaths.Example());
        Xss = PagesSite.Build(PagesSite.XssExample);
        EveryLanguage = PagesSite.Build(PagesSite.LanguagesExample);
        FolderOutput.Write(Example, Path.Combine(Root, "example"));
        FolderOutput.Write(Xss, Path.Combine(Root, "xss"));
        FolderOutput.Write(EveryLanguage, Path.Combine(Root, "languages"));
        ExamplePages = [.. Example.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))];
        XssPages = [.. Xss.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))];
        LanguagePages = [.. EveryLanguage.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))];
        Directory.CreateDirectory(ScreenshotFolder);
        var results = BrowserHarness.Run(Root,
            BrowserTask.Of("axe.js", new { urls = ExamplePages.Select(p => "example/" + p).Concat(LanguagePages.Select(p => "languages/" + p)), width = 375, height = 800, timezoneId = "Asia/Tokyo" }),
            BrowserTask.Of("xss.js", new { urls = XssPages.Select(p => "xss/" + p) }),
            BrowserTask.Of("eval.js", new
            {
                url = "example/index.html",
                timezoneId = "Europe/Paris",
                expression = "[...document.querySelectorAll('[data-live]')].map(e => ({ id: e.dataset.live, hidden: e.hidden, text: e.textContent }))",
            }),
            BrowserTask.Of("eval.js", new
            {
                url = "example/index.html",
                timezoneId = "Asia/Tokyo",
                expression = "[...document.querySelectorAll('[data-channel=\"x-help\"] .yours')].map(e => e.textContent)",
            }),
            BrowserTask.Of("eval.js", new
            {
                url = "example/index.html",
                javaScriptEnabled = false,
                expression = "({ text: document.querySelector('#x-help').innerText, live: [...document.querySelectorAll('[data-live]')].every(e => e.hidden) })",
            }),
            BrowserTask.Of("eval.js", new { url = "example/ar/index.html", viewport = new { width = 375, height = 812 }, timezoneId = "Asia/Dubai", expression = MirrorProbe }),
            BrowserTask.Of("eval.js", new { url = "example/index.html", viewport = new { width = 375, height = 812 }, timezoneId = "Asia/Dubai", expression = MirrorProbe }),
            BrowserTask.Of("screenshot.js", new { url = "example/ar/index.html", width = 375, height = 812, scale = 2, fullPage = false, path = Screenshot("ar"), timezoneId = "Asia/Dubai" }),
            BrowserTask.Of("screenshot.js", new { url = "languages/ja/index.html", width = 375, height = 812, scale = 2, fullPage = false, path = Screenshot("ja"), timezoneId = "Asia/Tokyo" }),
            BrowserTask.Of("eval.js", new
            {
                url = "example/fr/index.html",
                timezoneId = "Asia/Tokyo",
                expression = "[...document.querySelectorAll('[data-channel=\"x-help\"] .yours')].map(e => e.textContent)",
            }));
        Axe = results[0]!.AsArray();
        XssResults = results[1]!.AsArray();
        Live = results[2]!.AsArray();
        YoursInTokyo = results[3]!.AsArray();
        NoScript = results[4]!.AsObject();
        ArabicLayout = results[5]!.AsObject();
        EnglishLayout = results[6]!.AsObject();
        FrenchYoursInTokyo = results[9]!.AsArray();
    }

    // Where the layout puts things: mirrored pages have the card title, the crisis stripe and the language links
    // on the other side, and a phone number keeps its "+" in front.
    private const string MirrorProbe = """
        (() => {
          const width = document.documentElement.clientWidth;
          const title = document.querySelector('.card-title a').getBoundingClientRect();
          const crisis = getComputedStyle(document.querySelector('.crisis'));
          const phone = document.querySelector('.urgent a');
          return {
            dir: document.documentElement.dir,
            titleGapStart: Math.round(title.left), titleGapEnd: Math.round(width - title.right),
            stripeLeft: crisis.borderLeftWidth, stripeRight: crisis.borderRightWidth,
            align: getComputedStyle(document.querySelector('.hours th')).textAlign,
            phoneText: phone.innerText,
            summary: document.querySelector('[data-summary]').textContent,
            live: [...document.querySelectorAll('[data-live]')].filter(e => !e.hidden).map(e => e.textContent).join(' | '),
            statusLink: (() => {
              const a = document.querySelector('.crisis a.url');
              return a ? { dir: getComputedStyle(a).direction, lines: a.getClientRects().length, text: a.innerText } : null;
            })(),
            languages: [...document.querySelectorAll('.card dd')].map(e => e.textContent).find(t => /English|الإنجليزية/.test(t)),
          };
        })()
        """;

    /// <summary>Where the Chromium screenshots of the ar and ja home pages are written (kept for a person to look at).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string Screenshot(string language) => Path.Combine(ScreenshotFolder, $"home-{language}-375.png");

    public string Root => _dir.Path;
    public SiteContent Example { get; }
    public SiteContent Xss { get; }
    public SiteContent EveryLanguage { get; }
    public IReadOnlyList<string> LanguagePages { get; }
    public JsonObject ArabicLayout { get; }
    public JsonObject EnglishLayout { get; }
    public IReadOnlyList<string> ExamplePages { get; }
    public IReadOnlyList<string> XssPages { get; }
    public JsonArray Axe { get; }
    public JsonArray XssResults { get; }
    public JsonArray Live { get; }
    public JsonArray YoursInTokyo { get; }

    public JsonArray FrenchYoursInTokyo { get; }
    public JsonObject NoScript { get; }

    public void Dispose() => _dir.Dispose();
}

public sealed class PagesInBrowserTests(BuiltPagesFixture built) : IClassFixture<BuiltPagesFixture>
{
    [Fact]
    public void Should_pass_the_nu_html_checker_on_every_page()
    {
        // Given the example's pages and the XSS brand's pages on disk
        // When the Nu HTML Checker reads them
        var errors = HtmlChecker.Errors(built.Root);

        // Then it reports no errors
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Should_have_no_wcag_21_aa_violations_nor_horizontal_scroll_at_375_px()
    {
        // Given every example page (en, es, fr, ar) and every page of a brand in all thirteen languages, opened at
        // 375 px wide in Chromium, with axe-core run on it
        Assert.Equal(built.ExamplePages.Count + built.LanguagePages.Count, built.Axe.Count);
        Assert.Equal(13 * 3 + 1, built.LanguagePages.Count);
        foreach (var page in built.Axe)
        {
            // Then axe finds no WCAG 2.1 A/AA violation
            var violations = page!["violations"]!.AsArray();
            Assert.True(violations.Count == 0, $"{page["url"]}: {violations.ToJsonString()}");
            // And the page does not scroll sideways
            Assert.True(page["scrollWidth"]!.GetValue<int>() <= page["clientWidth"]!.GetValue<int>(),
                $"{page["url"]}: scrollWidth {page["scrollWidth"]} > {page["clientWidth"]}");
        }
    }

    [Fact]
    public void Should_run_no_script_from_a_brand_whose_every_string_is_a_payload()
    {
        // Given the XSS brand's pages loaded in Chromium, where payloads would call __ssla_xss()
        Assert.Equal(built.XssPages.Count, built.XssResults.Count);
        foreach (var page in built.XssResults)
        {
            // Then no payload ran, no dialog opened, and our own script ran without error
            Assert.True(page!["fired"]!.AsArray().Count == 0, $"{page["url"]}: payloads ran: {page["fired"]!.ToJsonString()}");
            Assert.Empty(page["dialogs"]!.AsArray());
            Assert.Empty(page["errors"]!.AsArray());
        }
        // And the payloads show as literal text
        var home = built.XssResults.First(p => p!["url"]!.GetValue<string>() == "xss/index.html")!;
        var text = home["text"]!.GetValue<string>();
        Assert.Contains("Evil <script>__ssla_xss(1)</script> & \"Co\" </script><script>__ssla_xss(2)</script>", text);
        Assert.Contains("<img src=x onerror=__ssla_xss(4)>", text);
        Assert.Contains("<script>__ssla_xss(14)</script>", text);
        Assert.Contains("<svg onload=__ssla_xss(22)>", text);
        Assert.StartsWith("Evil <script>", home["title"]!.GetValue<string>());
    }

    [Fact]
    public void Should_show_a_live_line_on_every_card_when_javascript_runs()
    {
        // Given the example's home page in Chromium (reader in Paris)
        // Then every card shows its live line, either staffed with the promise or closed with the next reply time
        Assert.Equal(5, built.Live.Count);
        foreach (var line in built.Live)
        {
            Assert.False(line!["hidden"]!.GetValue<bool>(), $"{line["id"]}: live line hidden");
            Assert.Matches("^(Staffed now — replies within .+|Closed — next reply by .+ your time|Closed — opens .+ your time)$", line["text"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Should_convert_a_run_of_days_to_the_readers_week_as_a_run()
    {
        // Given the example's X card (New York, Monday–Friday 9–6 and Saturday 10–2) read in Tokyo, 13 or 14 hours ahead
        var yours = built.YoursInTokyo.Select(y => y!.GetValue<string>().Replace('\u00a0', ' ').Replace("\u2060", "", StringComparison.Ordinal)).ToList();

        // Then the weekday row names the whole run in the reader's week and marks the end on the next day,
        // and the one-day row names its day (and the end's, when it differs)
        Assert.Equal(2, yours.Count);
        Assert.Matches(@"^Your time: Mon–Fri (10|11):00 PM–(7|8):00 AM \(next day\)$", yours[0]);
        Assert.Matches(@"^Your time: (Sat 11:00 PM–Sun 3:00 AM|Sun 12:00 AM–4:00 AM)$", yours[1]);
    }

    [Fact]
    public void Should_write_the_readers_hours_with_the_languages_own_punctuation()
    {
        // Given the example's French X card read in Tokyo
        var yours = built.FrenchYoursInTokyo.Select(y => y!.GetValue<string>()).ToList();

        // Then the line is the French one, with French typography's space before the colon, in French day names
        Assert.Equal(2, yours.Count);
        Assert.All(yours, line => Assert.StartsWith("Chez vous : ", line, StringComparison.Ordinal));
        Assert.Contains("lun", yours[0], StringComparison.Ordinal);
        // And its times are French short times, two-digit hours as on the page's own table ("08:00", never "8:00";
        // early-morning hours are in both lines, as New York's daytime is night in Tokyo)
        Assert.All(yours, line => Assert.DoesNotMatch(@"(?<!\d)\d:\d\d", line));
        Assert.All(yours, line => Assert.Matches(@"0\d:\d\d", line));
    }

    [Fact]
    public void Should_state_hours_and_promise_without_javascript()
    {
        // Given the example's home page in Chromium with JavaScript off
        var text = built.NoScript["text"]!.GetValue<string>();

        // Then the card still states hours, zone and reply promise, and no empty live line shows
        Assert.Contains("9:00 AM–6:00 PM", text.Replace('\u00A0', ' '));
        Assert.Contains("Times are New York time.", text);
        Assert.Contains("Within 15 minutes while staffed", text);
        Assert.True(built.NoScript["live"]!.GetValue<bool>());
    }

    [Fact]
    public void Should_mirror_the_arabic_page_and_keep_phone_numbers_in_order()
    {
        // Given the example's Arabic and English home pages at 375 px in Chromium
        var ar = built.ArabicLayout;
        var en = built.EnglishLayout;

        // Then the Arabic page is right-to-left: the card title starts at the right edge, the crisis stripe is on
        // the right, table cells align to the start (right); English is the mirror image
        Assert.Equal(("rtl", "ltr"), (ar["dir"]!.GetValue<string>(), en["dir"]!.GetValue<string>()));
        Assert.True(ar["titleGapEnd"]!.GetValue<int>() < ar["titleGapStart"]!.GetValue<int>(), ar.ToJsonString());
        Assert.True(en["titleGapStart"]!.GetValue<int>() < en["titleGapEnd"]!.GetValue<int>(), en.ToJsonString());
        Assert.Equal(("1px", "6px"), (ar["stripeLeft"]!.GetValue<string>(), ar["stripeRight"]!.GetValue<string>()));
        Assert.Equal(("6px", "1px"), (en["stripeLeft"]!.GetValue<string>(), en["stripeRight"]!.GetValue<string>()));
        Assert.Equal("start", ar["align"]!.GetValue<string>());
        // And the phone number reads "+1 800 555 0100" as one left-to-right run inside the Arabic sentence
        Assert.Contains("\u2066+1 800 555 0100\u2069", ar["phoneText"]!.GetValue<string>(), StringComparison.Ordinal);
        // And the lines the script writes use the page's Arabic-Indic digits (CLDR's for ar, as the server wrote
        // "١٥ دقيقة"), not the browser's own default: no Latin digit in the summary or a live line
        Assert.Matches("[٠-٩]", ar["summary"]!.GetValue<string>());
        Assert.DoesNotMatch("[0-9]", ar["summary"]!.GetValue<string>());
        Assert.DoesNotMatch("[0-9]", ar["live"]!.GetValue<string>());
        // And the crisis statement's status URL is laid out left to right and on one line at phone width (not broken
        // at its hyphen with "acme-" left at the wrong end), on both pages
        foreach (var page in new[] { ar, en })
        {
            var link = page["statusLink"]!.AsObject();
            Assert.Equal(("ltr", 1, "https://acme-air.example/status"),
                (link["dir"]!.GetValue<string>(), link["lines"]!.GetValue<int>(), link["text"]!.GetValue<string>()));
        }
        // And a channel's languages are listed as CLDR lists them in Arabic ("و" between names), never with a Latin comma
        Assert.Equal(SslaPublisher.Formatting.LocaleFormat.For("ar").List(["الإنجليزية", "الإسبانية", "الفرنسية"]), ar["languages"]!.GetValue<string>());
        Assert.DoesNotContain(",", ar["languages"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_a_screenshot_of_the_arabic_and_japanese_home_pages()
    {
        // Given the Chromium screenshots of the Arabic (example) and Japanese (thirteen-language brand) home pages
        foreach (var language in new[] { "ar", "ja" })
        {
            using var image = SkiaSharp.SKBitmap.Decode(BuiltPagesFixture.Screenshot(language));

            // Then each is a 375 px phone screen at 2x, and not blank: the masthead and the page text put many colours on it
            Assert.Equal((750, 1624), (image.Width, image.Height));
            var colours = new HashSet<uint>();
            for (var y = 0; y < image.Height; y += 4)
                for (var x = 0; x < image.Width; x += 4)
                    colours.Add((uint)image.GetPixel(x, y));
            Assert.True(colours.Count > 50, $"{language}: only {colours.Count} colours");
        }
    }
}
