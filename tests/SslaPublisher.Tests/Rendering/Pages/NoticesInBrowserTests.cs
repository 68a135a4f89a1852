using System.Globalization;
using System.Text.Json.Nodes;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>
/// Builds the notices fixture (en, es, ar) once and runs every Chromium check of it in one launch: the live script
/// with the clock fixed before, during and after windows; axe on every page while notices show; phone screenshots.
/// </summary>
public sealed class NoticesBrowserFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public static string Fixture { get; } = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "notices", "ssla.yaml");

    // The instants the tests read the pages at (UTC): before the storm, in it, at its end, 15 and 14 days before the
    // Facebook closure, in the crisis, and in the storm after its update (17:00Z).
    public static readonly long[] Times =
        [At("2027-01-11T10:59:00Z"), At("2027-01-11T15:00:00Z"), At("2027-01-12T23:00:00Z"), At("2027-01-17T15:00:00Z"), At("2027-01-18T15:00:00Z"), At("2027-03-05T13:00:00Z"), At("2027-01-11T18:00:00Z")];

    private const string Probe = """
        ({ summary: document.querySelector('[data-summary]').textContent,
           shown: [...document.querySelectorAll('[data-notice]')].filter(e => !e.hidden).map(e => e.dataset.notice),
           x: document.querySelector('[data-notices-for="x-help"]').innerText,
           facebook: document.querySelector('[data-notices-for="facebook"]').innerText,
           live: document.querySelector('[data-live="x-help"]').textContent,
           first: document.querySelector('main').firstElementChild.className,
           updates: [...document.querySelectorAll('[data-at]')].filter(e => !e.hidden && !e.closest('[data-notice]').hidden).map(e => e.innerText),
           dir: document.documentElement.dir })
        """;

    public NoticesBrowserFixture()
    {
        var site = PagesSite.Build(Fixture);
        FolderOutput.Write(site, Path.Combine(_dir.Path, "site"));
        Pages = [.. site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal))];
        Directory.CreateDirectory(BuiltPagesFixture.ScreenshotFolder);
        // axe while notices show: the storm (a notice on X, the temporary promise), the Facebook closure announced,
        // and the crisis (crisis box first); each at 375 px, read from Paris.
        var axeTimes = new[] { Times[6], Times[4], Times[5] };
        var results = BrowserHarness.Run(_dir.Path,
        [
            BrowserTask.Of("clock.js", new { url = "site/index.html", timezoneId = "Europe/Paris", times = Times, expression = Probe }),
            BrowserTask.Of("clock.js", new { url = "site/ar/index.html", timezoneId = "Asia/Dubai", times = new[] { Times[1], Times[5] }, expression = Probe }),
            .. axeTimes.Select(t => BrowserTask.Of("axe.js", new { urls = Pages.Select(p => "site/" + p), width = 375, height = 800, timezoneId = "Europe/Paris", time = t })),
            BrowserTask.Of("clock.js", new
            {
                url = "site/index.html", timezoneId = "Europe/Paris", viewport = new { width = 375, height = 812 },
                times = new[] { Times[6] }, expression = "1", screenshots = new[] { Screenshot("en-storm") },
            }),
            BrowserTask.Of("clock.js", new
            {
                url = "site/ar/index.html", timezoneId = "Asia/Dubai", viewport = new { width = 375, height = 812 },
                times = new[] { Times[4], Times[5] }, expression = "1", screenshots = new[] { Screenshot("ar-closure"), Screenshot("ar-crisis") },
            }),
        ]);
        English = results[0]!.AsArray();
        Arabic = results[1]!.AsArray();
        Axe = [.. results.Skip(2).Take(axeTimes.Length).SelectMany(r => r!.AsArray())];
        HtmlErrors = HtmlChecker.Errors(Path.Combine(_dir.Path, "site"));
    }

    public static long At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    /// <summary>Where a phone screenshot of the notices fixture is written (kept for a person to look at).</summary>
    public static string Screenshot(string name) => Path.Combine(BuiltPagesFixture.ScreenshotFolder, $"notices-{name}-375.png");

    public IReadOnlyList<string> Pages { get; }
    public JsonArray English { get; }
    public JsonArray Arabic { get; }
    public IReadOnlyList<JsonNode?> Axe { get; }
    public IReadOnlyList<string> HtmlErrors { get; }

    public void Dispose() => _dir.Dispose();
}

/// <summary>The live script on the notices fixture with Chromium's clock fixed before, during and after windows.</summary>
public sealed class NoticesInBrowserTests(NoticesBrowserFixture built) : IClassFixture<NoticesBrowserFixture>
{
    [Fact]
    public void Should_show_each_notice_only_in_its_window_with_the_temporary_promise_and_crisis_first()
    {
        JsonNode V(int i) => built.English[i]!;

        // Before the storm: nothing shown, the usual promise
        Assert.Empty(V(0)["shown"]!.AsArray());
        Assert.Equal("", V(0)["x"]!.GetValue<string>());
        Assert.Equal("Closed — next reply by Mon 3:15 PM your time", V(0)["live"]!.GetValue<string>());
        // During: the notice at the top and on X with the temporary promise; the summary counts live
        Assert.Equal(new[] { "storm-jan" }, V(1)["shown"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Staffed now — replies within 2 hours", V(1)["live"]!.GetValue<string>());
        Assert.Contains("Until Wed 12:00 AM your time: replies within 2 hours", V(1)["x"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Channels staffed now: 2 of 2 · fastest reply: X, 2 hours", V(1)["summary"]!.GetValue<string>());
        // And its update shows only from its time on, at the top and on X, newest first
        Assert.Empty(V(1)["updates"]!.AsArray());
        Assert.DoesNotContain("catching up", V(1)["x"]!.GetValue<string>(), StringComparison.Ordinal);
        var update = Assert.Single(V(6)["updates"]!.AsArray())!.GetValue<string>();
        Assert.Equal("January 11, 2027, noon Most rebookings are done; we are catching up.", update);
        Assert.Contains("Most rebookings are done; we are catching up.", V(6)["x"]!.GetValue<string>(), StringComparison.Ordinal);
        // At until: gone again
        Assert.Empty(V(2)["shown"]!.AsArray());
        // The closure from 1 Feb: not announced 15 days ahead, announced 14 days ahead, with when replies resume
        Assert.Equal("", V(3)["facebook"]!.GetValue<string>());
        Assert.Equal(new[] { "facebook-maintenance" }, V(4)["shown"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("— replies resume", V(4)["facebook"]!.GetValue<string>(), StringComparison.Ordinal);
        // Crisis: the crisis box first, the summary line is the crisis notice
        Assert.Equal("crisis is-now", V(5)["first"]!.GetValue<string>());
        Assert.Equal("Systems outage: all flights are held at the gate.", V(5)["summary"]!.GetValue<string>());
    }

    [Fact]
    public void Should_show_the_notices_of_the_arabic_page_in_arabic_right_to_left()
    {
        JsonNode V(int i) => built.Arabic[i]!;

        // Given the Arabic home page read from Dubai during the storm and during the crisis
        Assert.Equal("rtl", V(0)["dir"]!.GetValue<string>());
        // Then the storm notice shows with the Arabic text on X, and the crisis notice is the summary line
        Assert.Equal(new[] { "storm-jan" }, V(0)["shown"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("عاصفة شتوية", V(0)["x"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("crisis is-now", V(1)["first"]!.GetValue<string>());
        Assert.Equal("عطل في الأنظمة: جميع الرحلات متوقفة عند البوابة.", V(1)["summary"]!.GetValue<string>());
    }

    [Fact]
    public void Should_have_no_wcag_violation_nor_sideways_scroll_while_notices_show()
    {
        // Given every page of the fixture (three languages) at 375 px during the storm, the announced closure and the crisis
        Assert.Equal(3 * built.Pages.Count, built.Axe.Count);
        foreach (var page in built.Axe)
        {
            // Then axe finds no WCAG 2.1 A/AA violation, and nothing scrolls sideways
            var violations = page!["violations"]!.AsArray();
            Assert.True(violations.Count == 0, $"{page["url"]}: {violations.ToJsonString()}");
            Assert.True(page["scrollWidth"]!.GetValue<int>() <= page["clientWidth"]!.GetValue<int>(),
                $"{page["url"]}: scrollWidth {page["scrollWidth"]} > {page["clientWidth"]}");
        }
    }

    [Fact]
    public void Should_pass_the_nu_html_checker_on_every_page_with_notices()
    {
        Assert.True(built.HtmlErrors.Count == 0, string.Join("\n", built.HtmlErrors));
    }

    [Fact]
    public void Should_take_phone_screenshots_in_english_and_arabic()
    {
        foreach (var name in new[] { "en-storm", "ar-closure", "ar-crisis" })
        {
            using var image = SkiaSharp.SKBitmap.Decode(NoticesBrowserFixture.Screenshot(name));
            // A full page 375 px wide, not blank
            Assert.Equal(375, image.Width);
            var colours = new HashSet<uint>();
            for (var y = 0; y < image.Height; y += 4)
                for (var x = 0; x < image.Width; x += 4)
                    colours.Add((uint)image.GetPixel(x, y));
            Assert.True(colours.Count > 50, $"{name}: only {colours.Count} colours");
        }
    }
}
