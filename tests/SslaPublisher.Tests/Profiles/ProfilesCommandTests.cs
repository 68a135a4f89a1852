using SslaPublisher.Profiles;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Profiles;

/// <summary>
/// <c>ssla profiles push/check</c> against the loopback <see cref="FakeProfileServer"/>: Mastodon, whose real server
/// does not fit this machine, the manual platforms, and for Bluesky only a 429 short enough to wait out. Everything
/// else about Bluesky runs against a real PDS in <see cref="BlueskyPdsTests"/>.
/// </summary>
public sealed class ProfilesCommandTests : IDisposable
{
    private readonly TempDir _brand = new();
    private readonly TempDir _private = new();
    private readonly FakeProfileServer _server = new();

    public ProfilesCommandTests()
    {
        _brand.Write("ssla.yaml", ProfileBrand.Yaml(
            ProfileBrand.Channel("ops", "mastodon", "@ops@mastodon.example", "15m"),
            ProfileBrand.Channel("x-help", "x", "@AcmeAirHelp", "1h")));
        Secrets(FakeProfileServer.Token, FakeProfileServer.AppPassword);
    }

    private string File => Path.Combine(_brand.Path, "ssla.yaml");
    private string SecretsFile => Path.Combine(_private.Path, "secrets.env");

    private void Secrets(string token, string appPassword, string? url = null) => _private.Write("secrets.env", $"""
        # test credentials
        SSLA_OPS_URL={url ?? _server.Url}
        SSLA_OPS_TOKEN={token}
        SSLA_SKY_URL={url ?? _server.Url}
        SSLA_SKY_APP_PASSWORD={appPassword}
        """);

    private Task<CliRunner.Result> Run(params string[] extra) =>
        CliRunner.RunAsync([.. extra, File, "--secrets", SecretsFile, "--timeout", "5"]);

    [Fact]
    public async Task Should_write_bio_and_banner_on_first_push_and_nothing_on_the_second()
    {
        // When pushing twice with nothing changed between
        var first = await Run("profiles", "push");
        var writes = _server.Writes.Count;
        var second = await Run("profiles", "push");

        // Then the first writes Mastodon's note and header, the second nothing
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["mastodon:note", "mastodon:header"], _server.Writes);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(writes, _server.Writes.Count);
        Assert.Contains("nothing to write", second.Output, StringComparison.Ordinal);
        // The Mastodon note is the built bio between the marks, the header our banner
        var bio = SslaSite.Build(File).Files["bio/ops.txt"];
        Assert.Equal($"{BioMerge.Marker}{System.Text.Encoding.UTF8.GetString(bio.Content.Span)}{BioMerge.Marker}", _server.Note);
        Assert.Equal(SslaSite.Build(File).Files["banners/ops.png"].Content.ToArray(), _server.Header);
        // The manual platform is listed with its text and banner file
        Assert.Contains("x-help · X @AcmeAirHelp · manual", first.Output, StringComparison.Ordinal);
        Assert.Contains("banner: banners/x-help.png", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_brands_own_text()
    {
        // Given a bio the brand wrote itself
        _server.Note = "Official operations account.";

        // When pushing
        var push = await Run("profiles", "push");

        // Then the SLA block is appended after the brand's text
        Assert.Equal(0, push.ExitCode);
        Assert.StartsWith("Official operations account.\n\n" + BioMerge.Marker, _server.Note, StringComparison.Ordinal);

        // And when the brand edits its own part later, the next push keeps the edit and writes nothing
        _server.Note = _server.Note.Replace("Official", "The official", StringComparison.Ordinal);
        var writes = _server.Writes.Count;
        var again = await Run("profiles", "push", "--channel", "ops");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(writes, _server.Writes.Count);
        Assert.StartsWith("The official operations account.", _server.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_change_nothing_on_a_dry_run_and_print_the_diff()
    {
        _server.Note = "Old text";
        var dry = await Run("profiles", "push", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Empty(_server.Writes);
        Assert.Contains("  - Old text", dry.Output, StringComparison.Ordinal);
        Assert.Contains("  + Old text\n    \n    ⟦", dry.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("banner: changes", dry.Output, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing written", dry.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_3_without_printing_the_credential_when_a_token_is_rejected()
    {
        // Given a token Mastodon does not accept
        Secrets("wrong-token-abcdef", FakeProfileServer.AppPassword);

        var push = await Run("profiles", "push", "--channel", "ops");

        Assert.Equal(3, push.ExitCode);
        Assert.Contains("refused the access token in SSLA_OPS_TOKEN", push.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-abcdef", push.All, StringComparison.Ordinal);
        Assert.Empty(_server.Writes);
    }

    [Fact]
    public async Task Should_wait_out_a_429_as_retry_after_asks()
    {
        // Given a server that first answers 429 with Retry-After: 1
        _server.TooManyRequestsLeft = 1;
        var started = System.Diagnostics.Stopwatch.StartNew();

        var push = await Run("profiles", "push", "--channel", "ops");

        // Then the push waited and succeeded
        Assert.Equal(0, push.ExitCode);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9));
        Assert.Contains("mastodon:note", _server.Writes);
    }

    [Fact]
    public async Task Should_wait_out_a_bluesky_429_until_its_ratelimit_reset()
    {
        // Given Bluesky's sign-in answering 429 once, with only RateLimit-Reset (Unix seconds) to say until when
        _brand.Write("ssla.yaml", ProfileBrand.Yaml(ProfileBrand.Channel("sky", "bluesky", "@acme.example", "1h")));
        _server.TooManyRequestsLeft = 1;
        _server.RateLimitResetIn = 2;
        var started = System.Diagnostics.Stopwatch.StartNew();

        var dry = await Run("profiles", "push", "--dry-run");

        // Then the push waited until then and went on reading the profile
        Assert.Equal(0, dry.ExitCode);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9));
        Assert.Equal(3, _server.Requests);
        Assert.Contains("banner: changes", dry.Output, StringComparison.Ordinal);

        // And a reset two minutes ahead is read as such: past the 60 s bound, exit 3 at once
        _server.TooManyRequestsLeft = 1;
        _server.RateLimitResetIn = 120;
        var late = await Run("profiles", "push", "--dry-run");
        Assert.Equal(3, late.ExitCode);
        Assert.Matches(@"Bluesky createSession: rate-limited \(429\); the server asks to wait 1[12]\d s", late.Error);
    }

    [Fact]
    public async Task Should_give_up_after_bounded_429s()
    {
        _server.TooManyRequestsLeft = 100;
        var push = await Run("profiles", "push", "--channel", "ops");
        Assert.Equal(3, push.ExitCode);
        Assert.Contains("still rate-limited (429) after 3 waits", push.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_drift_with_exit_1_and_none_after_a_push()
    {
        // Given profiles never pushed: drift
        var before = await Run("profiles", "check");
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("ops · Mastodon @ops@mastodon.example: DRIFT · bio no SLA block · banner out of date", before.Output, StringComparison.Ordinal);

        // When pushed, no drift; the manual platform is not checked
        Assert.Equal(0, (await Run("profiles", "push")).ExitCode);
        var after = await Run("profiles", "check");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("ops · Mastodon @ops@mastodon.example: ok", after.Output, StringComparison.Ordinal);
        Assert.Contains("x-help · X @AcmeAirHelp: not checked", after.Output, StringComparison.Ordinal);

        // When someone edits the SLA block, or the banner, by hand: drift again
        _server.Note = _server.Note.Replace("15", "5", StringComparison.Ordinal);
        var edited = await Run("profiles", "check", "--channel", "ops");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("bio out of date", edited.Output, StringComparison.Ordinal);
        using (var other = new SkiaSharp.SKBitmap(300, 100))
        {
            other.Erase(SkiaSharp.SKColors.Magenta);
            using var png = other.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            _server.Header = png.ToArray();
        }
        var banner = await Run("profiles", "check", "--channel", "ops");
        Assert.Equal(1, banner.ExitCode);
        Assert.Contains("banner out of date", banner.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_fail_with_exit_3_when_the_server_does_not_answer_in_time()
    {
        using var silent = new SilentServer();
        Secrets(FakeProfileServer.Token, FakeProfileServer.AppPassword, $"http://127.0.0.1:{silent.Port}/");

        var push = await CliRunner.RunAsync("profiles", "push", File, "--secrets", SecretsFile, "--timeout", "1", "--channel", "ops");

        Assert.Equal(3, push.ExitCode);
        Assert.Contains("Mastodon verify_credentials: no answer within 1 s", push.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_missing_credential_or_a_secrets_file_in_the_brand_folder_before_writing()
    {
        _private.Write("secrets.env", $"SSLA_OPS_URL={_server.Url}\n");
        var missing = await Run("profiles", "push");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("set SSLA_OPS_TOKEN", missing.Error, StringComparison.Ordinal);

        _brand.Write("secrets.env", $"SSLA_OPS_TOKEN={FakeProfileServer.Token}\n");
        var inside = await CliRunner.RunAsync("profiles", "push", File, "--secrets", Path.Combine(_brand.Path, "secrets.env"));
        Assert.Equal(2, inside.ExitCode);
        Assert.Contains("inside the brand folder", inside.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Writes);
    }

    public void Dispose()
    {
        _server.Dispose();
        _brand.Dispose();
        _private.Dispose();
    }
}
