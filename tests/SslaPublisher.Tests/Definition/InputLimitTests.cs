using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Input;
using SslaPublisher.Schedule;

namespace SslaPublisher.Tests.Definition;

/// <summary>Every documented input limit is a located, short error at validation (docs/limits.md).</summary>
public class InputLimitTests
{
    private static string Channel(string id, string extra = "") => $"""
          - id: {id}
            platform: x
            handle: "@{id}"
            purpose: support
            summary: Orders.
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
            reply: {"{"}within: 15m{"}"}
        {extra}
        """;

    private static string File(string name = "Acme", string zone = "America/New_York", string channels = "") => $"""
        brand:
          name: {name}
          slug: acme
          timezone: {zone}
        channels:
        {(channels.Length > 0 ? channels : Channel("help"))}
        """;

    private static IReadOnlyList<Diagnostic> Problems(string yaml) =>
        Assert.Throws<DefinitionException>(() => new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "ssla.yaml")).Diagnostics;

    [Fact]
    public void Should_refuse_a_megabyte_brand_name_at_its_location_in_one_short_line()
    {
        var problem = Assert.Single(Problems(File(name: new string('A', 1_000_000))));

        Assert.Equal((2, 9), (problem.Line, problem.Column));
        Assert.StartsWith("brand.name: a text of 1,000,000 characters ('AAAA", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("…'); at most 10,000 are allowed", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 200, problem.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_refuse_a_brand_name_longer_than_a_banner_can_hold()
    {
        var problem = Assert.Single(Problems(File(name: new string('A', InputLimits.BrandNameLength + 1))));

        Assert.Equal("brand.name: 101 characters ('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…'); a brand name may have at most 100", problem.Message);
    }

    [Fact]
    public void Should_quote_only_the_start_of_a_long_unknown_time_zone()
    {
        // A zone of 9,000 characters (under the text limit) used to be compared with every zone id in full.
        var problem = Assert.Single(Problems(File(zone: "Europe/" + new string('P', 9_000))));

        Assert.Equal("brand.timezone: unknown time zone 'Europe/PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP…'; use an IANA name such as America/New_York", problem.Message);
    }

    [Fact]
    public void Should_refuse_more_channels_than_the_limit()
    {
        var channels = string.Concat(Enumerable.Range(0, InputLimits.Channels + 1).Select(i => Channel($"c{i}")));

        var problem = Assert.Single(Problems(File(channels: channels)));

        Assert.Equal((6, 3), (problem.Line, problem.Column));
        Assert.Equal("channels: 101 channels; one ssla.yaml may have at most 100 (split the brand)", problem.Message);
    }

    [Fact]
    public void Should_refuse_more_closed_dates_than_the_limit()
    {
        var dates = string.Join(", ", Enumerable.Range(0, InputLimits.ClosedPerChannel + 1).Select(i => new LocalDate(2026, 1, 1).PlusDays(i).ToString("yyyy-MM-dd", null)));

        var problem = Assert.Single(Problems(File(channels: Channel("help", $"    closed: [{dates}]"))));

        Assert.Equal("channels[0].closed: 501 closed dates and periods; a channel may have at most 500 (write runs of days as one from/to period)", problem.Message);
    }

    [Fact]
    public void Should_refuse_a_closed_period_ending_in_the_year_9999()
    {
        var problem = Assert.Single(Problems(File(channels: Channel("help", "    closed: [{from: 2000-01-01, to: 9999-12-31}]"))));

        Assert.Equal("channels[0].closed[0].to: '9999-12-31' is not a date from 2000-01-01 to 2100-12-31; write it as 2026-12-25", problem.Message);
    }

    [Fact]
    public void Should_compute_due_times_through_the_longest_allowed_closure()
    {
        // Given a channel closed for every allowed day (the old failure: the day after 9999-12-31 overflowed)
        var promise = new PromiseLoader().Load(File(channels: Channel("help", "    closed: [{from: 2000-01-01, to: 2100-12-31}]")), "/tmp/brand/ssla.yaml");
        var schedule = new ChannelSchedule(promise.Channels[0]);

        // When a reply is due for a message in 2026, Then it falls in the first staffed hours after the closure
        var due = schedule.ReplyDueBy(Instant.FromUtc(2026, 11, 23, 12, 0));
        Assert.Equal(new LocalDate(2101, 1, 3), due!.Value.InZone(schedule.Zone).Date);
    }

    [Fact]
    public void Should_report_a_tab_used_for_indentation_at_the_tab()
    {
        var problem = Assert.Single(Problems("brand:\n  name: Mini\n\tslug: x\n"));

        Assert.Equal((3, 1), (problem.Line, problem.Column));
        Assert.Equal("YAML syntax error: a tab is used for indentation here; indent with spaces", problem.Message);
    }

    [Fact]
    public void Should_refuse_a_second_yaml_document()
    {
        var problem = Assert.Single(Problems(File() + "---\nbrand: {name: Other}\n"));

        Assert.Equal(14, problem.Line);
        Assert.StartsWith("a second YAML document starts here (after '---')", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_allow_a_document_start_marker_before_the_only_document()
    {
        Assert.Equal("Acme", new PromiseLoader().Load("---\n" + File(), "/tmp/brand/ssla.yaml").Brand.Name);
    }
}
