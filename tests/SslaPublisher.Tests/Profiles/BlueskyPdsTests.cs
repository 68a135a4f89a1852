using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SslaPublisher.Profiles;
using SslaPublisher.Profiles.Bluesky;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Profiles;

/// <summary>
/// <c>ssla profiles push/check</c> for Bluesky against a real PDS (<see cref="PdsFixture"/>): every test has its own
/// account, and reads back what the PDS stored with its own calls rather than trusting ssla's output.
/// </summary>
[Collection(PdsCollection.Name)]
public sealed class BlueskyPdsTests(PdsFixture pds) : IAsyncLifetime, IDisposable
{
    private readonly TempDir _brand = new();
    private readonly TempDir _private = new();
    private PdsAccount _account = null!;

    public async Task InitializeAsync()
    {
        _account = await pds.NewAccountAsync();
        _brand.Write("ssla.yaml", ProfileBrand.Yaml(ProfileBrand.Channel("sky", "bluesky", "@" + _account.Handle, "1h")));
        Secrets(_account.AppPassword);
    }

    private string File => Path.Combine(_brand.Path, "ssla.yaml");
    private string SecretsFile => Path.Combine(_private.Path, "secrets.env");
    private byte[] Banner => SslaSite.Build(File).Files["banners/sky.png"].Content.ToArray();
    private string Bio => System.Text.Encoding.UTF8.GetString(SslaSite.Build(File).Files["bio/sky.txt"].Content.Span);

    private void Secrets(string appPassword) => _private.Write("secrets.env", $"""
        SSLA_SKY_URL={pds.Url}
        SSLA_SKY_APP_PASSWORD={appPassword}
        """);

    private Task<CliRunner.Result> Run(params string[] extra) =>
        CliRunner.RunAsync([.. extra, File, "--secrets", SecretsFile, "--timeout", "20"]);

    [Fact]
    public async Task Should_create_the_profile_with_bio_and_banner_then_write_nothing_when_pushed_again()
    {
        // Given a new account: no profile record yet
        Assert.Null(await _account.GetProfileAsync());

        // When pushing
        var first = await Run("profiles", "push");

        // Then the PDS holds a profile whose description is the built bio between the marks, and whose banner is our PNG
        Assert.Equal(0, first.ExitCode);
        var (record, cid) = (await _account.GetProfileAsync())!.Value;
        Assert.Equal($"{BioMerge.Marker}{Bio}{BioMerge.Marker}", record["description"]!.GetValue<string>());
        var blob = record["banner"]!["ref"]!["$link"]!.GetValue<string>();
        Assert.Equal(BlobCid.Of(Banner), blob);
        Assert.Equal("image/png", record["banner"]!["mimeType"]!.GetValue<string>());
        Assert.Equal(Banner, await _account.GetBlobAsync(blob));

        // And when pushing again with nothing changed: no write, the repository's revision and the record stay
        var revision = await _account.LatestRevisionAsync();
        var second = await Run("profiles", "push");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing to write", second.Output, StringComparison.Ordinal);
        Assert.Equal(revision, await _account.LatestRevisionAsync());
        Assert.Equal(cid, (await _account.GetProfileAsync())!.Value.Cid);
    }

    [Fact]
    public async Task Should_keep_the_brands_own_text_and_every_other_field_of_the_record()
    {
        // Given a profile made in the app: a display name, a pinned post and a bio of the brand's own
        var pinned = await _account.PostAsync("Welcome aboard.");
        await _account.PutProfileAsync(new JsonObject
        {
            ["displayName"] = "Acme Air",
            ["description"] = "Flights, fares and fun.",
            ["pinnedPost"] = pinned.DeepClone(),
        });

        // When pushing
        var push = await Run("profiles", "push");

        // Then the block follows the brand's text, and the other fields are exactly as they were
        Assert.Equal(0, push.ExitCode);
        var record = (await _account.GetProfileAsync())!.Value.Value;
        Assert.Equal($"Flights, fares and fun.\n\n{BioMerge.Marker}{Bio}{BioMerge.Marker}", record["description"]!.GetValue<string>());
        Assert.Equal("Acme Air", record["displayName"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(pinned, record["pinnedPost"]));
        Assert.Equal(BlobCid.Of(Banner), record["banner"]!["ref"]!["$link"]!.GetValue<string>());

        // And when the brand edits its own part in the app later, the next push keeps the edit and writes nothing
        record["description"] = record["description"]!.GetValue<string>().Replace("Flights", "Cheap flights", StringComparison.Ordinal);
        await _account.PutProfileAsync(record);
        var revision = await _account.LatestRevisionAsync();
        var again = await Run("profiles", "push");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(revision, await _account.LatestRevisionAsync());
        Assert.StartsWith("Cheap flights, fares and fun.\n\n", (await _account.GetProfileAsync())!.Value.Value["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_print_the_diff_and_write_nothing_on_a_dry_run()
    {
        await _account.PutProfileAsync(new JsonObject { ["description"] = "Old text" });
        var revision = await _account.LatestRevisionAsync();

        var dry = await Run("profiles", "push", "--dry-run");

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("  - Old text", dry.Output, StringComparison.Ordinal);
        Assert.Contains("banner: changes", dry.Output, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing written", dry.Output, StringComparison.Ordinal);
        Assert.Equal(revision, await _account.LatestRevisionAsync());
    }

    [Fact]
    public async Task Should_exit_3_without_printing_it_when_the_pds_refuses_the_app_password()
    {
        // Given an app password this PDS never issued
        Secrets("zzzz-zzzz-zzzz-zzzz");

        var push = await Run("profiles", "push", "--verbose");

        // Then a clear error naming the setting, never its value, and nothing written
        Assert.Equal(3, push.ExitCode);
        Assert.Contains($"Bluesky refused the app password of {_account.Handle} (SSLA_SKY_APP_PASSWORD)", push.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("zzzz-zzzz-zzzz-zzzz", push.All, StringComparison.Ordinal);
        Assert.Null(await _account.GetProfileAsync());
    }

    [Fact]
    public async Task Should_never_print_the_app_password_it_signed_in_with()
    {
        var push = await Run("profiles", "push", "--verbose");

        Assert.Equal(0, push.ExitCode);
        Assert.DoesNotContain(_account.AppPassword, push.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_drift_with_exit_1_until_pushed_and_again_after_a_hand_edit()
    {
        // Given a profile never pushed: drift (check reads the public record, without credentials)
        _private.Write("secrets.env", $"SSLA_SKY_URL={pds.Url}\n");
        var before = await Run("profiles", "check");
        Assert.Equal(1, before.ExitCode);
        Assert.Contains($"sky · Bluesky @{_account.Handle}: DRIFT · bio no SLA block · banner out of date", before.Output, StringComparison.Ordinal);

        // When pushed: no drift
        Secrets(_account.AppPassword);
        Assert.Equal(0, (await Run("profiles", "push")).ExitCode);
        var after = await Run("profiles", "check");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains($"sky · Bluesky @{_account.Handle}: ok", after.Output, StringComparison.Ordinal);

        // When someone edits the SLA block in the app: drift of the bio
        var record = (await _account.GetProfileAsync())!.Value.Value;
        var pushed = record["description"]!.GetValue<string>();
        record["description"] = pushed.Replace("replies in 1 h", "replies in 5 min", StringComparison.Ordinal);
        Assert.NotEqual(pushed, record["description"]!.GetValue<string>());
        await _account.PutProfileAsync(record);
        var edited = await Run("profiles", "check");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("DRIFT · bio out of date · banner up to date", edited.Output, StringComparison.Ordinal);

        // When someone uploads another banner in the app: drift of the banner
        record["description"] = pushed;
        record["banner"] = await _account.UploadBlobAsync(OtherPng, "image/png");
        await _account.PutProfileAsync(record);
        var banner = await Run("profiles", "check");
        Assert.Equal(1, banner.ExitCode);
        Assert.Contains("DRIFT · bio up to date · banner out of date", banner.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_and_write_nothing_when_the_brands_text_leaves_no_room()
    {
        // Given a bio whose own text already takes most of Bluesky's 256 graphemes
        await _account.PutProfileAsync(new JsonObject { ["description"] = new string('a', 240) });
        var revision = await _account.LatestRevisionAsync();

        var push = await Run("profiles", "push");

        Assert.Equal(1, push.ExitCode);
        Assert.Contains("channels.sky: the Bluesky bio would be", push.Error, StringComparison.Ordinal);
        Assert.Equal(revision, await _account.LatestRevisionAsync());
    }

    [Fact]
    public async Task Should_exit_3_naming_the_wait_when_the_pds_rate_limits_sign_in_past_the_bound()
    {
        // Given an account that used up its sign-ins (the PDS's own createSession limit: 30 in 5 minutes, per
        // identifier and address), tried by a client without the fixture's bypass key with a password over the PDS's
        // length limit, which it refuses before hashing (a wrong one of normal length costs a scrypt check each)
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 40 && status != HttpStatusCode.TooManyRequests; i++)
        {
            using var login = new StringContent(new JsonObject { ["identifier"] = _account.Handle, ["password"] = new string('x', 600) }.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri(pds.Url, "xrpc/com.atproto.server.createSession"), login);
            status = response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, status);

        // When pushing with the right app password
        var push = await Run("profiles", "push");

        // Then ssla does not wait minutes: it fails at once saying how long the PDS asks to wait, and writes nothing
        Assert.Equal(3, push.ExitCode);
        Assert.Matches(@"Bluesky createSession: rate-limited \(429\); the server asks to wait \d+ s, more than 60 s; try again later", push.Error);
        Assert.DoesNotContain(_account.AppPassword, push.All, StringComparison.Ordinal);
        Assert.Null(await _account.GetProfileAsync());
    }

    /// <summary>A 1×1 PNG: some other banner than ours.</summary>
    private static readonly byte[] OtherPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _brand.Dispose();
        _private.Dispose();
    }
}
