using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>Each kind of mistake is reported with the line and column where it stands.</summary>
public class ValidationErrorTests
{
    private const string ValidChannel = """
          - id: help
            platform: x
            handle: "@Help"
            purpose: support
            summary: Orders.
            hours: {mon-fri: "09:00-18:00"}
            reply: {within: 15m}
        """;

    private static IReadOnlyList<Diagnostic> Problems(string yaml)
    {
        var error = Assert.Throws<DefinitionException>(() => new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "brand/ssla.yaml"));
        return error.Diagnostics;
    }

    private static string Brand(string extra = "") => $"""
        brand:
          name: Acme
          slug: acme
          timezone: America/New_York
        {extra}
        """;

    [Fact]
    public void Should_report_five_different_mistakes_in_one_run_each_with_its_location()
    {
        // Given a file with five mistakes on lines 3, 4, 8, 12 and 14
        var yaml = """
            brand:
              name: Acme
              slug: Acme Air
              timezone: Europe/Lundon
            channels:
              - id: help
                platform: x
                handel: "@Help"
                purpose: support
                summary: Orders.
                hours: {mon-fri: "09:00-18:00"}
                reply: {within: 15 minutes}
              - id: other
                platform: twiter
                handle: "@Other"
                purpose: support
                summary: Other.
                hours: always
                reply: {within: 4h}
            """;

        // When it is loaded
        var problems = Problems(yaml);

        // Then all five are reported, in file order, with line and column (the misspelt handle once: not also as
        // "handle: is required")
        Assert.Equal(
        [
            "brand/ssla.yaml:3:9: brand.slug: 'Acme Air' is not a safe slug",
            "brand/ssla.yaml:4:13: brand.timezone: unknown time zone 'Europe/Lundon' (did you mean 'Europe/London'?)",
            "brand/ssla.yaml:8:5: channels[0].handel: unknown key 'handel' (did you mean 'handle'?)",
            "brand/ssla.yaml:12:21: channels[0].reply.within: '15 minutes' is not a duration",
            "brand/ssla.yaml:14:15: channels[1].platform: unknown platform 'twiter' (did you mean 'twitter'?)",
        ], problems.Select(p => Shorten(p.ToString())).ToArray());
    }

    // Keep the part of each message up to the first ';' so the test pins location and cause, not every hint.
    private static string Shorten(string message) => message.Split(';')[0].Split(": use ")[0];

    [Theory]
    [InlineData("hours: {mon-fri: \"18:00-09:30\"}", 11, 22, "looks reversed")]
    [InlineData("hours: {mon: [\"09:00-12:00\", \"11:00-13:00\"]}", 11, 18, "overlap")]
    [InlineData("hours: {fri: \"22:00-03:00\", sat: \"02:00-05:00\"}", 11, 18, "runs into Saturday")]
    [InlineData("hours: {mon-fri: \"9-5\"}", 11, 22, "is not a time range")]
    [InlineData("hours: {mon-fri: \"09:00-09:00\"}", 11, 22, "is empty")]
    [InlineData("hours: {funday: \"09:00-17:00\"}", 11, 13, "is not a day")]
    [InlineData("hours: {mon-fri: \"09:00-17:00\", wed: \"10:00-11:00\"}", 11, 37, "Wednesday is already given by 'mon-fri'")]
    [InlineData("reply: {within: 0m}", 12, 21, "is not a duration")]
    [InlineData("timezone: Mars/Olympus", 11, 15, "unknown time zone")]
    [InlineData("closed: [2026-13-45]", 11, 14, "is not a date")]
    [InlineData("languages: [english]", 11, 17, "is not a BCP 47 language tag")]
    [InlineData("not_for: [{text: Refunds, go_to: \"javascript:alert(1)\"}]", 11, 38, "not an absolute http(s), mailto: or tel: URL")]
    [InlineData("handle: \"@bad handle\"", 11, 13, "is not a X handle")]
    public void Should_locate_a_bad_channel_value(string line, int expectedLine, int expectedColumn, string expectedText)
    {
        // Given a valid channel with one line replaced or added (line 11 of the file)
        var key = line.Split(':')[0];
        var channel = string.Join('\n', ValidChannel.Split('\n').Where(l => !l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)));
        var yaml = Brand("channels:") + "\n" + channel.Replace("    purpose: support", "    purpose: support\n    " + line, StringComparison.Ordinal);
        yaml = Reorder(yaml, line);

        var problem = Assert.Single(Problems(yaml));

        Assert.Contains(expectedText, problem.Message, StringComparison.Ordinal);
        Assert.Equal((expectedLine, expectedColumn), (problem.Line, problem.Column));
    }

    // Put the line under test at line 11 (and 'reply' at 12 when it is the line under test) for stable positions.
    private static string Reorder(string yaml, string line)
    {
        var lines = yaml.Split('\n').ToList();
        var index = lines.FindIndex(l => l.Trim() == line);
        var item = lines[index];
        lines.RemoveAt(index);
        lines.Insert(line.StartsWith("reply", StringComparison.Ordinal) ? 11 : 10, item);
        return string.Join('\n', lines);
    }

    [Fact]
    public void Should_report_duplicate_channel_ids_at_the_second_one()
    {
        var yaml = Brand("channels:") + "\n" + ValidChannel + "\n" + ValidChannel;

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal("channels[1].id: duplicate id 'help' (first used at line 6)", problem.Message);
        Assert.Equal(13, problem.Line);
    }

    [Fact]
    public void Should_report_missing_required_fields_at_their_parent()
    {
        var yaml = """
            brand:
              name: Acme
            channels: []
            """;

        var problems = Problems(yaml).Select(p => $"{p.Line}:{p.Column} {p.Message}").ToArray();

        Assert.Equal(["1:1 brand.slug: is required", "1:1 brand.timezone: is required", "3:11 channels: list at least one channel"],
            problems.Select(p => p.Replace("2:3", "1:1", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Should_report_a_yaml_syntax_error_with_its_position()
    {
        var problem = Assert.Single(Problems("brand:\n  name: [unclosed\nchannels: []\n"));

        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 2, $"line {problem.Line}");
    }

    [Fact]
    public void Should_keep_the_logo_inside_the_brand_folder()
    {
        var problem = Assert.Single(Problems(Brand().Replace("  slug: acme", "  slug: acme\n  logo: ../../etc/passwd.png", StringComparison.Ordinal)
            + "channels:\n" + ValidChannel));

        Assert.Contains("outside the folder of ssla.yaml", problem.Message, StringComparison.Ordinal);
        Assert.Equal((4, 9), (problem.Line, problem.Column));
    }

    [Fact]
    public void Should_accept_twitter_as_another_name_for_x()
    {
        var promise = new PromiseLoader().Load(Brand("channels:") + "\n" + ValidChannel.Replace("platform: x", "platform: twitter", StringComparison.Ordinal), "/tmp/ssla.yaml");

        Assert.Equal(SslaPublisher.Platforms.PlatformId.X, promise.Channels.Single().Platform);
    }
}
