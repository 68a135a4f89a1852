using System.Diagnostics;
using System.Net.Sockets;

namespace SslaPublisher.Publishing.Local;

/// <summary>The embedded default target: a local Azurite on 127.0.0.1:10000 with the well-known development account.</summary>
/// <remarks>
/// When nothing answers on the port, Azurite is started detached (it outlives this process, so the printed URL
/// keeps working) from the project's <c>node_modules</c>, keeping its data in <c>.azurite/</c> beside it. Its
/// process id is written to <c>azurite.pid</c> in that folder so it can be stopped with <c>kill</c>.
/// </remarks>
public static class LocalAzurite
{
    /// <summary>Azurite's default blob port.</summary>
    public const int DefaultPort = 10000;

    /// <summary>How long a starting Azurite may take to answer.</summary>
    /// <remarks>
    /// A few seconds on a quiet machine; a first start after a fresh install on a busy 2-core CI machine was seen
    /// to take over 30 s. Waiting returns as soon as it answers, so a generous limit costs nothing.
    /// </remarks>
    public static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);

    /// <summary>The development account every Azurite has.</summary>
    public const string AccountName = "devstoreaccount1";

    // Azurite's published, well-known development key (not a secret, but printed nowhere all the same).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Name of the file holding the detached server's process id, inside its data folder.</summary>
    public const string PidFileName = "azurite.pid";

    /// <summary>Connection string of the development account on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/{AccountName};";

    /// <summary>Node arguments that run Azurite's blob server alone, quietly, accepting the SDK's newer API version.</summary>
    public static IReadOnlyList<string> Arguments(string script, int port, string location) =>
    [
        script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--location", location, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
    ];

    /// <summary>Whether something accepts connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Polls until the port answers; throws when <paramref name="hasExited"/> turns true or time runs out.</summary>
    public static async Task WaitUntilAnswersAsync(int port, TimeSpan limit, Func<bool> hasExited, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        while (!await AnswersAsync(port, cancellationToken).ConfigureAwait(false))
        {
            if (hasExited()) throw new InvalidOperationException($"Azurite exited before answering on 127.0.0.1:{port}.");
            if (watch.Elapsed > limit) throw new TimeoutException($"Azurite did not answer on 127.0.0.1:{port} within {limit.TotalSeconds:0} s.");
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Makes sure an Azurite answers on the default port, starting one detached when none does.
    /// </summary>
    /// <param name="location">Data folder; <c>null</c> for <c>.azurite/</c> beside the <c>node_modules</c> that holds Azurite.</param>
    /// <param name="cancellationToken">Stops waiting (a server already started keeps running).</param>
    /// <returns>What was found or started.</returns>
    /// <exception cref="AzuriteNotFoundException">Azurite is not installed (nor running).</exception>
    /// <exception cref="InvalidOperationException">Azurite did not start.</exception>
    public static async Task<LocalAzuriteStatus> EnsureRunningAsync(string? location, CancellationToken cancellationToken = default)
    {
        if (await AnswersAsync(DefaultPort, cancellationToken).ConfigureAwait(false))
            return new LocalAzuriteStatus(DefaultPort, Started: false, ProcessId: null, Location: location);

        var root = AzuriteLocator.FindRoot() ?? throw new AzuriteNotFoundException(
            "No storage account given and no local Azurite found. Either install Azurite (npm i -g azurite; in a checkout, "
            + "scripts/setup.sh) or start it on 127.0.0.1:10000 yourself, or give an Azure Storage account with "
            + "--connection-string or AZURE_STORAGE_CONNECTION_STRING.");
        var data = Path.GetFullPath(location ?? Path.Combine(root, ".azurite"));
        Directory.CreateDirectory(data);
        var pid = StartDetached(Path.Combine(root, AzuriteLocator.ScriptInNodeModules), data);
        await File.WriteAllTextAsync(Path.Combine(data, PidFileName), pid.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", cancellationToken).ConfigureAwait(false);
        await WaitUntilAnswersAsync(DefaultPort, StartupLimit, () => HasExited(pid), cancellationToken).ConfigureAwait(false);
        return new LocalAzuriteStatus(DefaultPort, Started: true, ProcessId: pid, Location: data);
    }

    // The server must outlive this process and ignore the terminal's Ctrl-C: a shell puts it in its own session
    // (setsid), with no stdin and its output in a log file, and reports the one node PID to stop later.
    private static int StartDetached(string script, string data)
    {
        if (OperatingSystem.IsWindows())
        {
            var direct = new ProcessStartInfo("node") { UseShellExecute = false, CreateNoWindow = true };
            foreach (var a in Arguments(script, DefaultPort, data)) direct.ArgumentList.Add(a);
            using var started = Process.Start(direct) ?? throw new InvalidOperationException("Could not start node for Azurite.");
            return started.Id;
        }

        var shell = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = true };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add("""
            log="$1"; shift
            if command -v setsid >/dev/null 2>&1; then
              setsid nohup node "$@" >"$log" 2>&1 </dev/null &
            else
              nohup node "$@" >"$log" 2>&1 </dev/null &
            fi
            echo $!
            """);
        shell.ArgumentList.Add("ssla-start-azurite");
        shell.ArgumentList.Add(Path.Combine(data, "azurite.log"));
        foreach (var a in Arguments(script, DefaultPort, data)) shell.ArgumentList.Add(a);
        using var process = Process.Start(shell) ?? throw new InvalidOperationException("Could not start /bin/sh to launch Azurite.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return int.TryParse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var pid)
            ? pid
            : throw new InvalidOperationException("Could not start Azurite (no process id reported).");
    }

    private static bool HasExited(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
