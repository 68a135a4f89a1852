using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>What a marketer commonly gets wrong in ssla.yaml, each answered with where it is and what to write.</summary>
public class MarketerMistakeTests
{
    private static string File(string channelLines, string brandZone = "America/New_York") => $"""
        brand:
          name: Acme
          slug: acme
          timezone: {brandZone}
        channels:
          - id: help
            platform: linkedin
            purpose: support
            summary: Orders.
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
        {channelLines}
        """;

    private static IReadOnlyList<Diagnostic> Problems(string yaml) =>
        Assert.Throws<DefinitionException>(() => new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "brand/ssla.yaml")).Diagnostics;

    [Theory]
    [InlineData("next_opening", "(did you mean 'next-opening'?)")]
    [InlineData("nextopening", "(did you mean 'next-opening'?)")]
    [InlineData("monday", "not an off-hours keyword")]
    public void Should_refuse_a_single_word_off_hours_rule_that_is_not_a_keyword(string rule, string expected)
    {
        // Given a one-word off-hours rule (free text is a sentence, with spaces)
        var yaml = File($"    handle: acme\n    reply: {{within: 15m, off_hours: {rule}}}");

        // When / Then it is an error at the value
        var problem = Assert.Single(Problems(yaml));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(12, problem.Line);
    }

    [Fact]
    public void Should_keep_a_free_text_off_hours_rule()
    {
        var promise = new PromiseLoader().Load(File("    handle: acme\n    reply: {within: 15m, off_hours: \"We answer on Monday.\"}"), "/tmp/b/ssla.yaml", "b/ssla.yaml");
        Assert.Equal("We answer on Monday.", promise.Channels[0].Reply.OffHours.Text!.Default);
    }

    [Theory]
    [InlineData("linkedin", "https://www.linkedin.com/company/banco-aurora", "banco-aurora", "https://www.linkedin.com/company/banco-aurora/")]
    [InlineData("linkedin", "https://linkedin.com/company/banco-aurora/?trk=x", "banco-aurora", "https://www.linkedin.com/company/banco-aurora/")]
    [InlineData("x", "https://x.com/AcmeAirHelp", "@AcmeAirHelp", "https://x.com/AcmeAirHelp")]
    [InlineData("instagram", "www.instagram.com/acmeair/", "@acmeair", "https://www.instagram.com/acmeair/")]
    [InlineData("mastodon", "https://mastodon.example/@ops", "@ops@mastodon.example", "https://mastodon.example/@ops")]
    public void Should_turn_a_profile_url_given_as_handle_into_the_handle(string platform, string url, string handle, string profile)
    {
        // Given a profile URL pasted where the handle goes
        var yaml = File($"    handle: \"{url}\"\n    reply: {{within: 15m}}").Replace("platform: linkedin", $"platform: {platform}", StringComparison.Ordinal);

        // When
        var channel = new PromiseLoader().Load(yaml, "/tmp/b/ssla.yaml", "b/ssla.yaml").Channels[0];

        // Then the channel has the handle, and the profile URL built from it
        Assert.Equal((handle, profile), (channel.Handle, channel.ProfileUrl));
    }

    [Fact]
    public void Should_refuse_a_url_of_another_site_with_the_handle_to_write()
    {
        var problem = Assert.Single(Problems(File("    handle: \"https://www.facebook.com/bancoaurora\"\n    reply: {within: 15m}")));
        Assert.Contains("is not a LinkedIn profile URL; write the handle itself, e.g. handle: \"your-page-name\"", problem.Message, StringComparison.Ordinal);
        Assert.Equal(11, problem.Line);
    }

    [Theory]
    [InlineData("    handle: @acme\n    reply: {within: 15m}", 11, "values starting with @, or containing ': ', must be in quotes: write handle: \"@acme\"")]
    [InlineData("    handle: acme\n    reply: {within: 15m}\n    urgent: Call us: 555 0100 # desk", 13, "must be in quotes: write urgent: \"Call us: 555 0100\"")]
    [InlineData("    handle: acme\n\treply: {within: 15m}", 12, "indent with spaces")]
    [InlineData("    handle: acme\n    reply: {within: 15m}\n\t- id: second", 13, "a tab is used for indentation here")]
    public void Should_explain_the_commonest_yaml_mistakes_at_their_line(string lines, int line, string expected)
    {
        var problem = Assert.Single(Problems(File(lines)));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Theory]
    [InlineData("9:00-14:00", "write it as \"09:00-14:00\"")]
    [InlineData("9am-5pm", "write it as \"09:00-17:00\"")]
    [InlineData("9-5", "write it as \"09:00-17:00\"")]
    [InlineData("8.30-12", "write it as \"08:30-12:00\"")]
    public void Should_echo_the_users_own_times_in_the_fix(string range, string expected)
    {
        var yaml = File("    handle: acme\n    reply: {within: 15m}").Replace("\"09:00-18:00\"", $"\"{range}\"", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(yaml));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replies", "reply")]
    [InlineData("language", "languages")]
    [InlineData("hour", "hours")]
    public void Should_suggest_the_singular_or_plural_key(string typed, string known)
    {
        var yaml = File($"    handle: acme\n    reply: {{within: 15m}}\n    {typed}: x").Replace("    hours: {mon-fri: \"09:00-18:00\"}\n", typed == "hour" ? "" : "    hours: {mon-fri: \"09:00-18:00\"}\n", StringComparison.Ordinal);
        Assert.Contains(Problems(yaml), p => p.Message.Contains($"unknown key '{typed}' (did you mean '{known}'?)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_also_report_missing_the_required_key_a_misspelt_key_was_taken_for()
    {
        // Given "replies:" where the required "reply:" belongs, and no "reply:"
        var yaml = File("    handle: acme\n    replies: {within: 15m}");

        // Then the one problem is the misspelling, which says what to write; "reply: is required" would be noise
        var problem = Assert.Single(Problems(yaml));
        Assert.Equal("channels[0].replies: unknown key 'replies' (did you mean 'reply'?)", problem.Message);
    }

    [Fact]
    public void Should_still_report_a_required_key_missing_when_the_unknown_key_is_not_taken_for_it()
    {
        // Given an unrelated unknown key and no "reply:"
        var problems = Problems(File("    handle: acme\n    colour: blue"));

        // Then both are reported
        Assert.Contains(problems, p => p.Message == "channels[0].reply: is required");
        Assert.Contains(problems, p => p.Message.StartsWith("channels[0].colour: unknown key 'colour'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GMT+1", "Europe/", "Etc/GMT-1 is UTC+1")]
    [InlineData("UTC-5", "America/", "Etc/GMT+5 is UTC-5")]
    [InlineData("GMT+5:30", "Asia/Kolkata", "offset, not a time zone")]
    public void Should_point_an_offset_at_an_iana_zone_and_the_etc_sign_trap(string zone, string example, string expected)
    {
        var problem = Assert.Single(Problems(File("    handle: acme\n    reply: {within: 15m}", zone)));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains(example, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean 'GMT+0'", problem.Message, StringComparison.Ordinal);
    }
}
