using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>notices: and announce_days: are read into the model, and every mistake is located.</summary>
public class NoticesLoadingTests
{
    private static string Yaml(string notices, string extra = "") => $"""
        brand:
          name: Acme
          slug: acme
          timezone: America/New_York
        channels:
          - id: x-help
            platform: x
            handle: "@Help"
            purpose: support
            summary: Orders.
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
            reply: {"{"}within: 15m{"}"}
          - id: facebook
            platform: facebook
            handle: Acme
            purpose: questions
            summary: Questions.
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
            reply: {"{"}within: 4h{"}"}
        {extra}
        notices:
        {notices}
        """;

    private static Promise Load(string yaml) => new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "brand/ssla.yaml");

    private static string[] Problems(string yaml) =>
        [.. Assert.Throws<DefinitionException>(() => Load(yaml)).Diagnostics.Select(d => d.ToString())];

    [Fact]
    public void Should_read_windows_in_the_brands_zone_or_as_instants_and_default_to_every_channel_and_info()
    {
        // Given notices written with a local time, an instant with Z, one with an offset, and a date alone
        var promise = Load(Yaml("""
              - {id: storm, kind: degraded, from: 2027-01-11T06:00, until: "2027-01-12T18:00Z", channels: [x-help], text: Storm., reply: {within: 2h}}
              - {id: app, from: 2027-04-01, text: New app.}
              - {id: shift, kind: planned-closure, from: "2027-02-01T08:00-05:00", until: 2027-02-01 12:00, channels: [facebook, x-help], text: Moving.}
            """));

        // Then each is an instant, channels keep the file's channel order, and the defaults apply
        var (storm, app, shift) = (promise.Notices[0], promise.Notices[1], promise.Notices[2]);
        Assert.Equal(Instant.FromUtc(2027, 1, 11, 11, 0), storm.From);
        Assert.Equal(Instant.FromUtc(2027, 1, 12, 18, 0), storm.Until);
        Assert.Equal(NoticeKind.Degraded, storm.Kind);
        Assert.Equal(["x-help"], storm.Channels.ToArray());
        Assert.Equal(new ReplyTime(0, Duration.FromHours(2)), storm.Reply);
        Assert.Equal(NoticeKind.Info, app.Kind);
        Assert.Equal(Instant.FromUtc(2027, 4, 1, 4, 0), app.From);
        Assert.Null(app.Until);
        Assert.Equal(["x-help", "facebook"], app.Channels.ToArray());
        Assert.Equal(["x-help", "facebook"], shift.Channels.ToArray());
        Assert.Equal(Instant.FromUtc(2027, 2, 1, 13, 0), shift.From);
        Assert.Equal(Instant.FromUtc(2027, 2, 1, 17, 0), shift.Until);
        Assert.Equal(14, promise.AnnounceDays);
        Assert.True(storm.IsActiveAt(Instant.FromUtc(2027, 1, 11, 11, 0)));
        Assert.False(storm.IsActiveAt(Instant.FromUtc(2027, 1, 12, 18, 0)));
    }

    [Fact]
    public void Should_read_announce_days()
    {
        var promise = Load(Yaml("  - {id: app, from: 2027-04-01, text: New app.}", "announce_days: 3"));
        Assert.Equal(3, promise.AnnounceDays);
    }

    [Theory]
    [InlineData("  - {id: a, from: 2027-01-12T06:00, until: 2027-01-11T06:00, text: T.}", "22:41: notices[0].until: 'until' (2027-01-11T11:00:00Z) is not after 'from'")]
    [InlineData("  - {id: a, from: 2027-01-12, channels: [x-hlep], text: T.}", "22:40: notices[0].channels: unknown channel 'x-hlep' (did you mean 'x-help'?)")]
    [InlineData("  - {id: a, from: 2027-01-12, channels: [x-help, x-help], text: T.}", "22:48: notices[0].channels: 'x-help' is listed twice")]
    [InlineData("  - {id: a, kind: outage, from: 2027-01-12, text: T.}", "22:17: notices[0].kind: 'outage' is not one of info, planned-closure, degraded, crisis")]
    [InlineData("  - {id: a, from: tomorrow, text: T.}", "22:23: notices[0].from: 'tomorrow' is not a time from 2000-01-01 to 2100-12-31")]
    [InlineData("  - {id: a, from: 2027-01-12T25:00, text: T.}", "22:23: notices[0].from: '2027-01-12T25:00' is not a time")]
    [InlineData("  - {id: A B, from: 2027-01-12, text: T.}", "22:11: notices[0].id: 'A B' is not a safe id")]
    [InlineData("  - {id: a, from: 2027-01-12}", "22:5: notices[0].text: is required")]
    [InlineData("  - {id: a, text: T.}", "22:5: notices[0].from: is required")]
    [InlineData("  - {id: a, kind: planned-closure, from: 2027-01-12, text: T.}", "22:5: notices[0]: a planned closure needs 'until'")]
    [InlineData("  - {id: a, kind: planned-closure, from: 2027-01-12, until: 2027-01-13, text: T., reply: {within: 2h}}", "22:79: notices[0].reply: a planned closure promises no reply")]
    [InlineData("  - {id: a, kind: degraded, from: 2027-01-12, text: T., reply: {within: soon}}", "22:72: notices[0].reply.within: 'soon' is not a duration")]
    [InlineData("  - {id: a, kind: crisis, from: 2027-01-12, text: T.}", "22:17: notices[0].kind: a crisis notice puts the crisis statement and contact first on every page")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., colour: red}", "22:44: notices[0].colour: unknown key 'colour'")]
    [InlineData("  - {id: a, from: 2027-01-12, until: 2027-01-13, text: T., updates: [{at: 2027-01-14, text: U.}]}", "22:80: notices[0].updates[0].at: 2027-01-14T05:00:00Z is outside the notice's window")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., updates: [{at: 2027-01-11T23:00, text: U.}]}", "22:50: notices[0].updates[0].at: 2027-01-12T04:00:00Z is outside the notice's window")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., updates: [{at: 2027-01-12T10:00, text: U.}, {at: 2027-01-12T10:00, text: V.}]}", "22:84: notices[0].updates[1].at: another update has the same time")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., updates: [{at: 2027-01-12T10:00}]}", "22:45: notices[0].updates[0].text: is required")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., updates: [{at: noon, text: U.}]}", "22:50: notices[0].updates[0].at: 'noon' is not a time")]
    [InlineData("  - {id: a, from: 2027-01-12, text: T., updates: [{at: 2027-01-12T10:00, text: U., by: me}]}", "22:83: notices[0].updates[0].by: unknown key 'by'")]
    public void Should_locate_each_mistake_in_a_notice(string notice, string expected)
    {
        // (line:column:, then the field and message; the column is that of the value inside the flow mapping)
        var problems = Problems(Yaml(notice));
        var line = expected[..expected.IndexOf(':', StringComparison.Ordinal)];
        var message = expected[(expected.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        Assert.Contains(problems, p => p.StartsWith($"brand/ssla.yaml:{line}:", StringComparison.Ordinal) && p.Contains(": " + message, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_two_temporary_promises_for_one_channel_at_the_same_time()
    {
        // Given two notices changing x-help's promise, the second starting before the first ends
        var problems = Problems(Yaml("""
              - {id: storm, kind: degraded, from: 2027-01-11T06:00, until: 2027-01-12T18:00, channels: [x-help], text: Storm., reply: {within: 2h}}
              - {id: campaign, kind: degraded, from: 2027-01-12T09:00, text: Campaign., reply: {within: 1h}}
              - {id: later, kind: degraded, from: 2027-01-12T18:00, until: 2027-01-13T00:00, channels: [facebook], text: Later., reply: {within: 8h}}
            """));

        // Then the overlap is reported at the second, naming the first and the channel; touching windows are fine
        Assert.Equal(
            ["brand/ssla.yaml:23:5: notices[1]: overlaps notice 'storm' (line 22) on channel 'x-help', and both change its reply promise; end one before the other starts",
             "brand/ssla.yaml:24:5: notices[2]: overlaps notice 'campaign' (line 23) on channel 'facebook', and both change its reply promise; end one before the other starts"],
            problems);
    }

    [Fact]
    public void Should_refuse_duplicate_ids_and_more_notices_than_the_limit()
    {
        var duplicate = Problems(Yaml("""
              - {id: a, from: 2027-01-12, text: T.}
              - {id: a, from: 2027-01-13, text: U.}
            """));
        Assert.Contains(duplicate, p => p.StartsWith("brand/ssla.yaml:23:", StringComparison.Ordinal) && p.Contains("notices[1].id: duplicate id 'a' (first used at line 22)", StringComparison.Ordinal));

        var many = string.Join("\n", Enumerable.Range(0, 51).Select(i => $"  - {{id: n{i}, from: 2027-01-12, text: T.}}"));
        Assert.Contains(Problems(Yaml(many)), p => p.Contains("51 notices; one ssla.yaml may have at most 50", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("announce_days: -1")]
    [InlineData("announce_days: 400")]
    [InlineData("announce_days: soon")]
    public void Should_refuse_an_announce_period_that_is_not_a_number_of_days(string line)
    {
        var problems = Problems(Yaml("  - {id: a, from: 2027-01-12, text: T.}", line));
        Assert.Contains(problems, p => p.Contains("announce_days: ", StringComparison.Ordinal) && p.Contains("is not a number of days from 0 to 365", StringComparison.Ordinal));
    }
}
