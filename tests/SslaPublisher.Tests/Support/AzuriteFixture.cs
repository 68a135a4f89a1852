using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// A real Azurite blob server for a test class or collection: started on a free port with its data in a temp
/// folder, stopped (that one PID) on dispose. Each test takes its own container, so tests never see each other.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the folder after stopping the server.")]
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly TempDir _data = new();
    private AzuriteProcess? _server;
    private int _containers;

    /// <summary>The running server.</summary>
    public AzuriteProcess Server => _server ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>Connection string of the development account on it.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>A container name no other test uses.</summary>
    public string NewContainerName() => $"test{Interlocked.Increment(ref _containers)}-{Guid.NewGuid():N}"[..30];

    /// <summary>A target on a fresh container of this server.</summary>
    public AzureBlobTarget NewTarget(AzureBlobTargetOptions? options = null, string? container = null) =>
        new(ConnectionString, new AzureBlobTargetOptions
        {
            ContainerName = container ?? NewContainerName(),
            PublicAccess = options?.PublicAccess ?? Azure.Storage.Blobs.Models.PublicAccessType.None,
            ClientOptions = options?.ClientOptions ?? new(),
            TransferOptions = options?.TransferOptions ?? default,
        });

    /// <summary>Starts a separate server this caller owns (for tests that kill it).</summary>
    public static async Task<AzuriteProcess> StartOwnAsync(string dataFolder) =>
        await AzuriteProcess.StartAsync(Root(), dataFolder);

    public async Task InitializeAsync() => _server = await AzuriteProcess.StartAsync(Root(), _data.Path);

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }

    private static string Root() => AzuriteLocator.FindRoot(RepoPaths.Root)
        ?? throw new InvalidOperationException($"node_modules/azurite is missing above {RepoPaths.Root}: run scripts/setup.sh.");
}

/// <summary>Test classes in this collection share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
