using System.Text;
using System.Text.Json;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class ReportJsonTests
{
    private const string Rows = """
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:40:00Z
        x-help,2026-11-23T15:00:00Z,
        insta,2026-11-21T15:00:00Z,
        """;

    [Fact]
    public void Should_write_the_documented_shape_per_channel_and_month()
    {
        // Given a measured record with an agreement
        var record = ReportingFixtures.Measure(Rows, "2026-12-15T00:00Z", withAgreement: true);

        // When written as JSON
        using var json = JsonDocument.Parse(ReportJson.ToUtf8(record));
        var root = json.RootElement;

        // Then channels come in ssla.yaml order with their counts, percent and reply times
        Assert.Equal("2026-12-15T00:00:00Z", root.GetProperty("asOf").GetString());
        var x = root.GetProperty("channels")[0];
        Assert.Equal("x-help", x.GetProperty("id").GetString());
        Assert.Equal((3, 1, 1, 1, 0, 0), (x.GetProperty("total").GetInt32(), x.GetProperty("onTime").GetInt32(), x.GetProperty("late").GetInt32(),
            x.GetProperty("missed").GetInt32(), x.GetProperty("pending").GetInt32(), x.GetProperty("noPromise").GetInt32()));
        Assert.Equal(33.33m, x.GetProperty("onTimePercent").GetDecimal());
        Assert.Equal(600, x.GetProperty("firstReply").GetProperty("staffedSeconds").GetProperty("median").GetInt32());
        Assert.Equal("2026-11", x.GetProperty("months")[0].GetProperty("month").GetString());
        Assert.Equal(900, x.GetProperty("promise").GetProperty("withinSeconds").GetInt32());
        var breach = x.GetProperty("worstBreaches")[0];
        Assert.Equal(("missed", 4, "2026-11-23T10:15:00-05:00"), (breach.GetProperty("outcome").GetString(), breach.GetProperty("line").GetInt32(), breach.GetProperty("dueAt").GetString()));
        Assert.Equal(JsonValueKind.Null, breach.GetProperty("firstReplyAt").ValueKind);

        // And a channel without decided interactions has a null percent, and the verdict is there
        Assert.Equal(JsonValueKind.Null, root.GetProperty("channels")[1].GetProperty("onTimePercent").ValueKind);
        Assert.Equal("missed", root.GetProperty("verdict").GetProperty("kpis")[0].GetProperty("status").GetString());
        // (only November has data, so "3 months running" cannot be triggered)
        var review = root.GetProperty("verdict").GetProperty("conditions")[0];
        Assert.Equal(("review", true, false), (review.GetProperty("action").GetString(), review.GetProperty("evaluated").GetBoolean(), review.GetProperty("triggered").GetBoolean()));
    }

    [Fact]
    public void Should_be_byte_identical_for_the_same_input_and_escape_untrusted_text()
    {
        // Given the same rows measured twice (the brand name holds markup and quotes)
        var first = ReportJson.ToUtf8(ReportingFixtures.Measure(Rows, "2026-12-15T00:00Z", withAgreement: true));
        var second = ReportJson.ToUtf8(ReportingFixtures.Measure(Rows, "2026-12-15T00:00Z", withAgreement: true));

        // Then the bytes are equal, and no raw markup survives
        Assert.Equal(first, second);
        var text = Encoding.UTF8.GetString(first);
        Assert.DoesNotContain("<Air>", text, StringComparison.Ordinal);
        Assert.Contains("Acme \\u003CAir\\u003E \\u0026 \\u0022Co\\u0022", text, StringComparison.Ordinal);
    }
}
