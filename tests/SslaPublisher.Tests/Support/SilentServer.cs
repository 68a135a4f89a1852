using System.Net;
using System.Net.Sockets;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// A loopback TCP server that accepts every connection and never answers: the storage fault that once held a
/// publish for ten minutes in silence.
/// </summary>
public sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();

    public SilentServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Accepted { get { lock (_held) return _held.Count; } }

    /// <summary>A connection string for the development account on this server.</summary>
    public string ConnectionString => SslaPublisher.Publishing.Local.LocalAzurite.ConnectionStringFor(Port);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_held) _held.Add(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held) foreach (var client in _held) client.Dispose();
        _stop.Dispose();
    }
}
