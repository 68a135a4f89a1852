using System.Text.Json.Nodes;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>The live script on the notices fixture with Chromium's clock fixed before, during and after windows.</summary>
public sealed class NoticesInBrowserTests
{
    private const string Probe = """
        ({ summary: document.querySelector('[data-summary]').textContent,
           shown: [...document.querySelectorAll('[data-notice]')].filter(e => !e.hidden).map(e => e.dataset.notice),
           x: document.querySelector('[data-notices-for="x-help"]').innerText,
           facebook: document.querySelector('[data-notices-for="facebook"]').innerText,
           live: document.querySelector('[data-live="x-help"]').textContent,
           first: document.querySelector('main').firstElementChild.className })
        """;

    [Fact]
    public void Should_show_each_notice_only_in_its_window_with_the_temporary_promise_and_crisis_first()
    {
        using var dir = new TempDir();
        FolderOutput.Write(PagesSite.Build(Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "notices", "ssla.yaml")), Path.Combine(dir.Path, "site"));
        long At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var values = BrowserHarness.Run(dir.Path, BrowserTask.Of("clock.js", new
        {
            url = "site/index.html",
            timezoneId = "Europe/Paris",
            times = new[] { At("2027-01-11T10:59:00Z"), At("2027-01-11T15:00:00Z"), At("2027-01-12T23:00:00Z"), At("2027-01-17T15:00:00Z"), At("2027-01-18T15:00:00Z"), At("2027-03-05T13:00:00Z") },
            expression = Probe,
        }))[0]!.AsArray();
        JsonNode V(int i) => values[i]!;

        // Before the storm: nothing shown, the usual promise
        Assert.Empty(V(0)["shown"]!.AsArray());
        Assert.Equal("", V(0)["x"]!.GetValue<string>());
        // During: the notice at the top and on X with the temporary promise; the summary counts live
        Assert.Equal(new[] { "storm-jan" }, V(1)["shown"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Staffed now — replies within 2 hours", V(1)["live"]!.GetValue<string>());
        Assert.Contains("Until Wed 12:00 AM your time: replies within 2 hours", V(1)["x"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Channels staffed now: 2 of 2 · fastest reply: X, 2 hours", V(1)["summary"]!.GetValue<string>());
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
}
