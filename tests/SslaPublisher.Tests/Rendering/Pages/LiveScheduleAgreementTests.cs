using System.Text.Json.Nodes;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Schedule;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>The browser's live status (assets/live.js in Chromium) against the C# schedule engine.</summary>
public sealed class LiveScheduleAgreementTests
{
    // Zones and hours chosen for their edges: US and EU DST, a 30-minute DST (Lord Howe), a 45-minute offset with
    // DST (Chatham), DST at midnight (Santiago), no DST (Kolkata), ranges inside gaps and overlaps, overnight
    // ranges, closures, "always", a free-text off-hours rule, and promises in days (working days with a short
    // Friday and closures, days plus hours, days around the clock, days on overnight hours across DST).
    private const string Yaml = """
        brand: {name: Edges, slug: edges, timezone: America/New_York}
        channels:
          - {id: ny, platform: x, handle: "@a", purpose: support, summary: s, hours: {mon-fri: "09:00-18:00", sat: "10:00-14:00"}, closed: [2026-12-25, 2027-01-01], reply: {within: 15m, off_hours: next-opening}}
          - {id: london, platform: x, handle: "@b", purpose: support, summary: s, timezone: Europe/London, hours: {daily: ["06:00-12:00", "22:00-02:00"]}, reply: {within: 30m}}
          - {id: ny-night, platform: x, handle: "@c", purpose: support, summary: s, hours: {daily: "01:30-02:30"}, reply: {within: 90m, off_hours: "We answer the next night."}}
          - {id: lord-howe, platform: x, handle: "@d", purpose: support, summary: s, timezone: Australia/Lord_Howe, hours: {daily: ["01:45-02:15", "08:00-20:00"]}, reply: {within: 4h}}
          - {id: kolkata, platform: x, handle: "@e", purpose: support, summary: s, timezone: Asia/Kolkata, hours: {mon-fri: "09:30-17:30"}, closed: [{from: 2026-10-19, to: 2026-10-23}], reply: {within: 1d}}
          - {id: chatham, platform: x, handle: "@f", purpose: support, summary: s, timezone: Pacific/Chatham, hours: always, closed: [{from: 2026-12-24, to: 2026-12-26}], reply: {within: 2h}}
          - {id: berlin, platform: x, handle: "@g", purpose: support, summary: s, timezone: Europe/Berlin, hours: {sun: "02:15-02:45", sat: "22:00-02:00", wed: "02:00-03:00"}, reply: {within: 45m}}
          - {id: ny-days, platform: x, handle: "@i", purpose: support, summary: s, hours: {mon-thu: "09:00-17:00", fri: "09:00-13:00"}, closed: [2026-12-25, {from: 2026-11-26, to: 2026-11-27}], reply: {within: 2d}}
          - {id: paris-mixed, platform: x, handle: "@j", purpose: support, summary: s, timezone: Europe/Paris, hours: {daily: "08:00-20:00"}, reply: {within: 1d2h}}
          - {id: always-days, platform: x, handle: "@k", purpose: support, summary: s, hours: always, closed: [2026-07-04], reply: {within: 3d}}
          - {id: night-days, platform: x, handle: "@l", purpose: support, summary: s, timezone: Europe/London, hours: {fri: "22:00-02:00", sun: "00:30-01:30", tue: "01:00-03:00"}, reply: {within: 1d, off_hours: "We answer on Friday night."}}
          - {id: santiago, platform: x, handle: "@h", purpose: support, summary: s, timezone: America/Santiago, hours: {daily: ["00:00-06:00", "22:30-23:59"]}, reply: {within: 3h}}
        """;

    private static readonly Instant From = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2028, 1, 1, 0, 0);

    // Notices on top of hours: planned closures cutting part of a day, whole days (under a days promise), an overnight
    // range across London's fall-back, a round-the-clock channel; temporary promises across New York's spring-forward,
    // in days on a Paris channel, open-ended, and one next to a closure.
    private const string NoticesYaml = """
        brand: {name: Notices, slug: notices, timezone: America/New_York}
        channels:
          - {id: ny, platform: x, handle: "@a", purpose: support, summary: s, hours: {mon-fri: "09:00-18:00", sat: "10:00-14:00"}, closed: [2026-12-25], reply: {within: 15m}}
          - {id: ny-days, platform: x, handle: "@b", purpose: support, summary: s, hours: {mon-thu: "09:00-17:00", fri: "09:00-13:00"}, reply: {within: 2d}}
          - {id: london, platform: x, handle: "@c", purpose: support, summary: s, timezone: Europe/London, hours: {daily: ["06:00-12:00", "22:00-02:00"]}, reply: {within: 30m}}
          - {id: always, platform: x, handle: "@d", purpose: support, summary: s, hours: always, reply: {within: 3h}}
          - {id: paris, platform: x, handle: "@e", purpose: support, summary: s, timezone: Europe/Paris, hours: {mon-fri: "08:00-20:00"}, reply: {within: 2h, off_hours: "We answer on Monday."}}
        notices:
          - {id: storm, kind: degraded, from: 2026-03-06T12:00, until: 2026-03-10T12:00, channels: [ny, ny-days], text: t, reply: {within: 1d2h}}
          - {id: thanksgiving, kind: planned-closure, from: 2026-11-25T10:30, until: 2026-11-27T15:00, channels: [ny, ny-days, always], text: t}
          - {id: london-move, kind: planned-closure, from: 2026-10-24T23:00Z, until: 2026-10-25T01:30Z, channels: [london], text: t}
          - {id: london-slow, kind: degraded, from: 2026-10-25T01:30Z, until: 2026-10-26T12:00Z, channels: [london], text: t, reply: {within: 4h}}
          - {id: always-slow, kind: crisis, from: 2027-02-01T00:00, until: 2027-02-03T00:00, channels: [always], text: t, reply: {within: 12h}}
          - {id: paris-new-tool, kind: degraded, from: 2027-06-01T09:00, channels: [paris], text: t, reply: {within: 1d}}
        crisis: {contact: "+1 800 555 0100", statement: s}
        """;

    [Fact]
    public void Should_agree_with_the_schedule_engine_on_staffed_now_next_opening_and_reply_due()
    {
        // Given channels in edge-case zones, and instants around every DST transition of their zones plus random ones
        // When Chromium evaluates live.js on all of them in one page
        // Then every answer matches ChannelSchedule
        AssertAgreement(Yaml, withNotices: false);
    }

    [Fact]
    public void Should_agree_with_the_schedule_engine_under_closures_and_temporary_promises()
    {
        // Given channels with planned-closure notices and temporary promises, and instants around every window edge
        // When Chromium evaluates live.js with the notices as pages embed them
        // Then staffed now, next opening and reply due match ChannelSchedule.For (the notices applied)
        AssertAgreement(NoticesYaml, withNotices: true);
    }

    private static void AssertAgreement(string yaml, bool withNotices)
    {
        using var dir = new TempDir();
        var promise = new PromiseLoader().LoadFile(dir.Write("ssla.yaml", yaml));
        var text = new PageText(UiStrings.Load(PagesSite.Templates(), "en"));
        var platforms = SslaPublisher.Platforms.PlatformCatalog.Default;
        var channels = JsonNode.Parse("[" + string.Join(",", promise.Channels.Select(c => JsonText.Write(w =>
        {
            if (withNotices) LiveScheduleJson.WriteChannel(w, c, text, promise, platforms);
            else LiveScheduleJson.WriteChannel(w, c, text);
        }, indented: false))) + "]")!;
        var notices = JsonNode.Parse(JsonText.Write(w =>
        {
            w.WriteStartObject();
            LiveNoticesJson.WriteNotices(w, promise, "en");
            w.WriteEndObject();
        }, indented: false))!["notices"]!;
        var samples = Samples(promise).ToList();
        Assert.True(samples.Count >= 500, $"only {samples.Count} samples");

        var result = BrowserHarness.Run(null, BrowserTask.Of("schedule.js", new
        {
            script = Path.Combine(RepoPaths.Root, "templates", "assets", "live.js"),
            channels,
            notices,
            samples = samples.Select(s => new object[] { s.Channel, s.At.ToUnixTimeMilliseconds() }),
        }))[0]!.AsArray();

        var schedules = promise.Channels.Select(c => withNotices ? ChannelSchedule.For(promise, c) : new ChannelSchedule(c)).ToList();
        if (withNotices) Assert.All(schedules, s => Assert.False(s.ClosureWindows.IsEmpty && s.TemporaryPromises.IsEmpty));
        var mismatches = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            var (index, at) = samples[i];
            var schedule = schedules[index];
            var expected = (schedule.IsStaffed(at), Ms(schedule.NextStaffedStart(at)), Ms(schedule.ReplyDueBy(at)));
            var row = result[i]!.AsArray();
            var actual = (row[0]!.GetValue<bool>(), row[1]?.GetValue<long>(), row[2]?.GetValue<long>());
            if (expected != actual)
                mismatches.Add($"{promise.Channels[index].Id} at {at} ({at.InZone(schedule.Zone)}): C# {Show(expected)} vs browser {Show(actual)}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {samples.Count} disagree:\n" + string.Join("\n", mismatches.Take(20)));
    }

    private static IEnumerable<(int Channel, Instant At)> Samples(Promise promise)
    {
        var random = new Random(20261125); // fixed seed: the same samples every run
        long[] aroundMinutes = [-61, -31, -1, 0, 1, 29, 31, 59, 61, 90];
        for (var i = 0; i < promise.Channels.Length; i++)
        {
            var zone = promise.Channels[i].TimeZone;
            var transitions = zone.GetZoneIntervals(From, To).Select(z => z.Start).Where(s => s > From).ToList();
            // Notice windows' edges are transitions of the channel's schedule too.
            var id = promise.Channels[i].Id;
            var edges = promise.Notices.Where(n => n.Touches(id))
                .SelectMany(n => n.Until is { } until ? new[] { n.From, until } : [n.From]);
            foreach (var transition in transitions.Concat(edges))
                foreach (var minutes in aroundMinutes)
                    yield return (i, transition + Duration.FromMinutes(minutes));
            // And instants inside each window (an open-ended one: its first month).
            foreach (var notice in promise.Notices.Where(n => n.Touches(id)))
            {
                var span = (long)((notice.Until ?? notice.From + Duration.FromDays(30)) - notice.From).TotalMinutes;
                for (var n = 0; n < 30; n++) yield return (i, notice.From + Duration.FromMinutes(random.NextInt64(span)));
            }
            // Whole minutes around the clock, plus a few with seconds.
            for (var n = 0; n < 40; n++)
            {
                var at = From + Duration.FromMinutes(random.NextInt64((long)(To - From).TotalMinutes));
                yield return (i, n % 8 == 0 ? at + Duration.FromSeconds(random.Next(1, 60)) : at);
            }
        }
    }

    private static long? Ms(Instant? instant) => instant?.ToUnixTimeMilliseconds();

    private static string Show((bool Open, long? Next, long? Due) x) =>
        $"open={x.Open} next={(x.Next is { } n ? Instant.FromUnixTimeMilliseconds(n).ToString() : "none")} due={(x.Due is { } d ? Instant.FromUnixTimeMilliseconds(d).ToString() : "none")}";
}
