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

    [Fact]
    public void Should_agree_with_the_schedule_engine_on_staffed_now_next_opening_and_reply_due()
    {
        // Given channels in edge-case zones, and instants around every DST transition of their zones plus random ones
        using var dir = new TempDir();
        var promise = new PromiseLoader().LoadFile(dir.Write("ssla.yaml", Yaml));
        var text = new PageText(UiStrings.Load(PagesSite.Templates(), "en"));
        var channels = JsonNode.Parse("[" + string.Join(",", promise.Channels.Select(c => JsonText.Write(w => LiveScheduleJson.WriteChannel(w, c, text), indented: false))) + "]")!;
        var samples = Samples(promise).ToList();
        Assert.True(samples.Count >= 500, $"only {samples.Count} samples");

        // When Chromium evaluates live.js on all of them in one page
        var result = BrowserHarness.Run(null, BrowserTask.Of("schedule.js", new
        {
            script = Path.Combine(RepoPaths.Root, "templates", "assets", "live.js"),
            channels,
            samples = samples.Select(s => new object[] { s.Channel, s.At.ToUnixTimeMilliseconds() }),
        }))[0]!.AsArray();

        // Then every answer matches ChannelSchedule
        var schedules = promise.Channels.Select(c => new ChannelSchedule(c)).ToList();
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
            foreach (var transition in transitions)
                foreach (var minutes in aroundMinutes)
                    yield return (i, transition + Duration.FromMinutes(minutes));
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
