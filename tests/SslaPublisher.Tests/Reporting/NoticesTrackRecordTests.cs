using System.Text;
using System.Text.Json.Nodes;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Reporting;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Tests.Reporting;

/// <summary>The track record judges each interaction by the promise in force when it arrived: a notice's temporary one in its window.</summary>
public sealed class NoticesTrackRecordTests
{
    // x-help: New York, weekdays 09–18, 15 minutes. A storm promises 2 hours from Monday 06:00 to Tuesday 18:00;
    // a planned closure shuts the desk on Thursday 12:00–15:00.
    private const string Yaml = """
        brand: {name: Acme Air, slug: acme-air, timezone: America/New_York, languages: [en, ar]}
        channels:
          - {id: x-help, platform: x, handle: "@AcmeAirHelp", purpose: support, summary: Help., hours: {mon-fri: "09:00-18:00"}, reply: {within: 15m}}
          - {id: ops, platform: mastodon, handle: "@ops@mastodon.example", purpose: support, summary: Ops., timezone: Europe/London, hours: always, reply: {within: 30m}}
        notices:
          - {id: storm, kind: degraded, from: 2026-11-16T06:00, until: 2026-11-17T18:00, channels: [x-help], text: {en: Storm., ar: عاصفة.}, reply: {within: 2h}}
          - {id: new-tool, kind: planned-closure, from: 2026-11-19T12:00, until: 2026-11-19T15:00, channels: [x-help], text: {en: New tool., ar: أداة جديدة.}}
        """;

    private const string Rows = """
        channel,received_at,first_reply_at
        x-help,2026-11-16T15:00:00Z,2026-11-16T16:30:00Z
        x-help,2026-11-16T15:00:00Z,2026-11-16T17:30:00Z
        x-help,2026-11-18T15:00:00Z,2026-11-18T15:30:00Z
        x-help,2026-11-19T16:55:00Z,2026-11-19T20:05:00Z
        ops,2026-11-16T15:00:00Z,2026-11-16T15:20:00Z
        """;

    private static TrackRecord Measure() =>
        TrackRecordReader.Read(new PromiseLoader().Load(Yaml, "/virtual/ssla.yaml"), new StringReader(Rows), ReportingFixtures.At("2026-12-01T00:00Z"), skipBadRows: false);

    [Fact]
    public void Should_judge_replies_in_a_notice_window_by_its_temporary_promise_and_count_closures_as_closed()
    {
        // Given four interactions on x-help: two in the storm (90 and 150 minutes), one after it (30 minutes), and one
        // five staffed minutes before Thursday's closure, answered ten minutes after reopening
        var x = Measure().Channel("x-help");

        // Then the storm's pair is judged by 2 hours (one on time, one late), the one after by 15 minutes (late), and
        // the one across the closure is on time (due 15:10, not 12:10)
        Assert.Equal((2L, 2L), (x.Total.OnTime, x.Total.Late));
        var storm = Assert.Single(x.Notices);
        Assert.Equal(("storm", "2h"), (storm.Promise.NoticeId, storm.Promise.Within.ToString()));
        Assert.Equal((2L, 1L, 1L), (storm.Summary.Total, storm.Summary.OnTime, storm.Summary.Late));
        // And each breach names the promise that set its due time
        var breaches = x.Total.WorstBreaches.OrderBy(b => b.Line).ToList();
        Assert.Equal(new[] { "storm", null }, breaches.Select(b => b.NoticeId));
        Assert.Equal(ReportingFixtures.At("2026-11-16T17:00Z"), breaches[0].Due);
        // And a channel the notices do not touch keeps its own promise
        Assert.Empty(Measure().Channel("ops").Notices);
    }

    [Fact]
    public void Should_report_the_temporary_promise_in_report_json_and_in_every_language_of_report_html()
    {
        // Given the report files of that track record
        var files = ReportRenderer.Render(Measure(), new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default)
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content.Span), StringComparer.Ordinal);

        // Then report.json lists the notice under x-help with its window, promise and counts, and the late reply names it
        var json = JsonNode.Parse(files["report.json"])!;
        var x = json["channels"]![0]!;
        var notice = x["notices"]![0]!;
        Assert.Equal("storm", notice["id"]!.GetValue<string>());
        Assert.Equal("2026-11-16T06:00:00-05:00", notice["from"]!.GetValue<string>());
        Assert.Equal("2026-11-17T18:00:00-05:00", notice["until"]!.GetValue<string>());
        Assert.Equal(7200, notice["promise"]!["withinSeconds"]!.GetValue<long>());
        Assert.Equal((1, 1), (notice["onTime"]!.GetValue<int>(), notice["late"]!.GetValue<int>()));
        Assert.Contains(x["worstBreaches"]!.AsArray(), b => b!["notice"]?.GetValue<string>() == "storm");
        Assert.Empty(json["channels"]![1]!["notices"]!.AsArray());

        // And report.html says which promise judged them; the Arabic page in Arabic with the id kept left to right
        Assert.Contains("<li>Notice storm, Mon 2026-11-16 06:00 – Tue 2026-11-17 18:00: judged against its temporary promise, a reply within 2 hours of staffed time; 1 of 2 on time (50.0%).</li>", files["report.html"], StringComparison.Ordinal);
        Assert.Contains("التنبيه \u2066storm\u2069، ", files["ar/report.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_judge_as_many_rows_as_a_real_export_as_a_fresh_schedule_judges_each()
    {
        // Given 600 interactions every 20 minutes across the storm and the closure (enough for the schedule to switch
        // from walking the days to its precomputed timeline), each answered 40 minutes later
        var promise = new PromiseLoader().Load(Yaml, "/virtual/ssla.yaml");
        var start = ReportingFixtures.At("2026-11-15T12:00Z");
        var rows = Enumerable.Range(0, 600).Select(i => start + NodaTime.Duration.FromMinutes(20 * i)).ToList();
        var csv = "channel,received_at,first_reply_at\n" + string.Concat(rows.Select(r =>
            $"x-help,{NodaTime.Text.InstantPattern.ExtendedIso.Format(r)},{NodaTime.Text.InstantPattern.ExtendedIso.Format(r + NodaTime.Duration.FromMinutes(40))}\n"));
        var record = TrackRecordReader.Read(promise, new StringReader(csv), ReportingFixtures.At("2026-12-01T00:00Z"), skipBadRows: false).Channel("x-help");

        // Then every outcome is the one a schedule asked about that row alone gives
        var x = promise.Channels[0];
        long onTime = 0, inStorm = 0;
        foreach (var received in rows)
        {
            var due = SslaPublisher.Schedule.ChannelSchedule.For(promise, x).ReplyDueBy(received);
            if (due is { } d && received + NodaTime.Duration.FromMinutes(40) <= d) onTime++;
            if (SslaPublisher.Schedule.ChannelSchedule.For(promise, x).TemporaryPromiseAt(received) is not null) inStorm++;
        }
        Assert.Equal(onTime, record.Total.OnTime);
        Assert.Equal(inStorm, Assert.Single(record.Notices).Summary.Total);
        Assert.True(inStorm > 100 && onTime > inStorm, $"{inStorm} in the storm, {onTime} on time");
    }
}
