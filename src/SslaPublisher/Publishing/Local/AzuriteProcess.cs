using System.Diagnostics;
using System.Net.Sockets;

namespace SslaPublisher.Publishing.Local;

/// <summary>An Azurite blob server this process started and owns: stopped (that one PID) on dispose.</summary>
/// <remarks>
/// Node runs Azurite's <c>main.js</c> directly rather than through <c>npx</c>, so there is exactly one process
/// to stop (killing <c>npx</c> would orphan its node child). <c>--skipApiVersionCheck</c> because
/// Azure.Storage.Blobs sends a service version newer than Azurite knows; <c>--loose</c> so headers Azurite does
/// not implement are ignored rather than refused.
/// </remarks>
public sealed class AzuriteProcess : IDisposable
{
    private Process? _process;

    private readonly IReadOnlyList<string> _extraArguments;

    private AzuriteProcess(string root, int port, string location, IReadOnlyList<string> extraArguments)
    {
        Root = root;
        Port = port;
        Location = location;
        _extraArguments = extraArguments;
    }

    /// <summary>Folder holding <c>node_modules/azurite</c>.</summary>
    public string Root { get; }

    /// <summary>Blob port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Folder where Azurite keeps its data.</summary>
    public string Location { get; }

    /// <summary>Process id while running.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Connection string of the well-known development account on this server.</summary>
    public string ConnectionString => LocalAzurite.ConnectionStringFor(Port);

    /// <summary>
    /// Starts Azurite on <paramref name="port"/> (0: a free one) and returns once it answers; <paramref name="extraArguments"/>
    /// are more Azurite options (tests start it with <c>--oauth basic</c> over HTTPS).
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(string root, string location, int port = 0,
        IReadOnlyList<string>? extraArguments = null, CancellationToken cancellationToken = default)
    {
        var server = new AzuriteProcess(root, port == 0 ? FreePort() : port, Path.GetFullPath(location), extraArguments ?? []);
        try
        {
            await server.RestartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    /// <summary>Starts the server again (same port, same data) after <see cref="Kill"/>.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (ProcessId is not null) return;
        Directory.CreateDirectory(Location);
        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in LocalAzurite.Arguments(Path.Combine(Root, AzuriteLocator.ScriptInNodeModules), Port, Location))
            start.ArgumentList.Add(a);
        foreach (var a in _extraArguments) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        // Drain the pipes so a chatty server never blocks on a full buffer.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await LocalAzurite.WaitUntilAnswersAsync(Port, LocalAzurite.StartupLimit, () => _process.HasExited, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server at once (as a crash would), keeping its data for <see cref="RestartAsync"/>.</summary>
    public void Kill()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public void Dispose() => Kill();

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
