using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Agreement;
using SslaPublisher.Definition;

namespace SslaPublisher.Reporting;

/// <summary>Writes a <see cref="TrackRecord"/> as <c>report.json</c>; the shape is documented in docs/report.md.</summary>
/// <remarks>
/// Written field by field with <see cref="Utf8JsonWriter"/> rather than serialized from the model: the order of
/// properties is part of the contract (byte-identical output for the same input), and the public shape must not
/// change when an internal record gains a member. The default encoder escapes <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and quotes, so untrusted ids and texts are safe even inside a <c>&lt;script&gt;</c> block.
/// </remarks>
public static class ReportJson
{
    /// <summary>Version of the JSON shape; raised when a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The report as UTF-8 JSON, indented, ending with a newline.</summary>
    public static byte[] ToUtf8(TrackRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteStartObject("brand");
            w.WriteString("name", record.Brand.Name);
            w.WriteString("slug", record.Brand.Slug);
            w.WriteEndObject();
            w.WriteString("asOf", InstantPattern.ExtendedIso.Format(record.AsOf));
            w.WriteStartObject("source");
            w.WriteNumber("rows", record.Source.Rows);
            w.WriteNumber("measured", record.Source.Measured);
            w.WriteNumber("badRowsSkipped", record.Source.BadRowsSkipped);
            w.WriteNumber("receivedAfterAsOf", record.Source.ReceivedAfterAsOf);
            w.WriteEndObject();
            w.WriteStartArray("channels");
            foreach (var channel in record.Channels) WriteChannel(w, channel);
            w.WriteEndArray();
            w.WritePropertyName("verdict");
            if (record.Verdict is { } verdict) WriteVerdict(w, verdict);
            else w.WriteNullValue();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteChannel(Utf8JsonWriter w, ChannelRecord record)
    {
        var channel = record.Channel;
        w.WriteStartObject();
        w.WriteString("id", channel.Id);
        w.WriteString("platform", channel.Platform.ToString().ToLowerInvariant());
        w.WriteString("timeZone", channel.TimeZone.Id);
        w.WriteStartObject("promise");
        w.WriteString("within", DurationText.Format(channel.Reply.Within));
        w.WriteNumber("withinDays", channel.Reply.Within.Days);
        w.WriteNumber("withinSeconds", (long)channel.Reply.Within.Staffed.TotalSeconds);
        w.WriteString("offHours", channel.Reply.OffHours.Text?.Default ?? "next-opening");
        w.WriteEndObject();
        WriteSummary(w, record.Total, channel.TimeZone);
        w.WriteStartObject("recent");
        w.WriteNumber("days", ChannelRecord.RecentDays);
        WriteCounts(w, record.Recent);
        w.WriteEndObject();
        w.WriteStartArray("months");
        foreach (var month in record.Months)
        {
            w.WriteStartObject();
            w.WriteString("month", Month(month.Month));
            WriteSummary(w, month.Summary, channel.TimeZone);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Interactions judged by a notice's temporary promise (also inside the totals and months above).
        w.WriteStartArray("notices");
        foreach (var notice in record.Notices)
        {
            var promise = notice.Promise;
            w.WriteStartObject();
            w.WriteString("id", promise.NoticeId);
            w.WriteString("from", Local(promise.From, channel.TimeZone));
            if (promise.Until is { } until) w.WriteString("until", Local(until, channel.TimeZone));
            else w.WriteNull("until");
            w.WriteStartObject("promise");
            w.WriteString("within", DurationText.Format(promise.Within));
            w.WriteNumber("withinDays", promise.Within.Days);
            w.WriteNumber("withinSeconds", (long)promise.Within.Staffed.TotalSeconds);
            w.WriteEndObject();
            WriteSummary(w, notice.Summary, channel.TimeZone);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, OutcomeSummary s, DateTimeZone zone)
    {
        WriteCounts(w, s);
        w.WriteNumber("answered", s.Answered);
        w.WriteStartObject("firstReply");
        WriteTimes(w, "wallSeconds", s.WallTime);
        WriteTimes(w, "staffedSeconds", s.StaffedTime);
        w.WriteEndObject();
        w.WriteStartArray("staffedDistribution");
        foreach (var bucket in s.Distribution)
        {
            w.WriteStartObject();
            w.WriteString("label", bucket.Label);
            WriteNullable(w, "upToSeconds", bucket.UpToSeconds);
            w.WriteNumber("count", bucket.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("worstBreaches");
        foreach (var b in s.WorstBreaches)
        {
            w.WriteStartObject();
            w.WriteNumber("line", b.Line);
            w.WriteString("outcome", OutcomeKey(b.Outcome));
            w.WriteString("receivedAt", Local(b.Received, zone));
            w.WriteString("dueAt", Local(b.Due, zone));
            if (b.FirstReply is { } reply) w.WriteString("firstReplyAt", Local(reply, zone));
            else w.WriteNull("firstReplyAt");
            w.WriteNumber("lateBySeconds", (long)b.Lateness.TotalSeconds);
            if (b.NoticeId is { } notice) w.WriteString("notice", notice);
            else w.WriteNull("notice");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter w, OutcomeSummary s)
    {
        w.WriteNumber("total", s.Total);
        w.WriteNumber("onTime", s.OnTime);
        w.WriteNumber("late", s.Late);
        w.WriteNumber("missed", s.Missed);
        w.WriteNumber("pending", s.Pending);
        w.WriteNumber("noPromise", s.NoPromise);
        WriteNullable(w, "onTimePercent", s.OnTimePercent is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero) : null);
    }

    private static void WriteTimes(Utf8JsonWriter w, string name, ReplyTimes times)
    {
        w.WriteStartObject(name);
        WriteNullable(w, "median", times.MedianSeconds);
        WriteNullable(w, "p90", times.P90Seconds);
        w.WriteEndObject();
    }

    private static void WriteVerdict(Utf8JsonWriter w, AgreementVerdict verdict)
    {
        w.WriteStartObject();
        w.WriteStartArray("months");
        foreach (var m in verdict.Months) w.WriteStringValue(Month(m));
        w.WriteEndArray();
        w.WriteStartArray("kpis");
        foreach (var k in verdict.Kpis)
        {
            w.WriteStartObject();
            w.WriteString("kpi", k.Target.Kpi.Id);
            w.WriteString("name", k.Target.Kpi.Name.Default);
            w.WriteString("unit", k.Target.Kpi.Unit.Key);
            w.WriteNumber("target", k.Target.Target);
            w.WriteString("direction", k.Target.Kpi.Direction == KpiDirection.HigherIsBetter ? "atLeast" : "atMost");
            w.WriteString("window", k.Target.Window.ToString());
            w.WriteString("status", StatusKey(k.Status));
            w.WriteStartArray("months");
            foreach (var m in k.Months)
            {
                w.WriteStartObject();
                w.WriteString("month", Month(m.Month));
                WriteNullable(w, "value", m.Value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null);
                if (m.Channel is null) w.WriteNull("channel");
                else w.WriteString("channel", m.Channel);
                if (m.Met is { } met) w.WriteBoolean("met", met);
                else w.WriteNull("met");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("conditions");
        foreach (var c in verdict.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("kpi", c.Condition.Kpi.Kpi.Id);
            w.WriteString("when", c.Condition.ComparisonText);
            w.WriteNumber("monthsRunning", c.Condition.MonthsRunning);
            w.WriteString("action", c.Condition.Action.ToString().ToLowerInvariant());
            w.WriteBoolean("evaluated", c.Evaluated);
            w.WriteBoolean("triggered", c.Triggered);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    /// <summary>The JSON key of an outcome: <c>onTime</c>, <c>late</c>, <c>missed</c>, <c>pending</c>, <c>noPromise</c>.</summary>
    public static string OutcomeKey(Outcome outcome) => outcome switch
    {
        Outcome.OnTime => "onTime",
        Outcome.Late => "late",
        Outcome.Missed => "missed",
        Outcome.Pending => "pending",
        _ => "noPromise",
    };

    private static string StatusKey(VerdictStatus status) => status switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.Missed => "missed",
        VerdictStatus.NoData => "noData",
        _ => "notMeasured",
    };

    private static string Month(YearMonth month) =>
        month.ToString("uuuu'-'MM", CultureInfo.InvariantCulture);

    // Local time with offset in the channel's zone: the moment is unambiguous and reads like the team's own clock.
    private static string Local(Instant instant, DateTimeZone zone) =>
        InstantText.WithOffset.Format(instant.InZone(zone).ToOffsetDateTime());
}
