namespace SslaPublisher.Publishing.Local;

/// <summary>The local Azurite the default publish uses.</summary>
/// <param name="Port">Blob port on 127.0.0.1.</param>
/// <param name="Started">True when this call started it (false: one was already answering).</param>
/// <param name="ProcessId">Its process id when this call started it.</param>
/// <param name="Location">Its data folder when known.</param>
public sealed record LocalAzuriteStatus(int Port, bool Started, int? ProcessId, string? Location)
{
    /// <summary>Connection string of the development account on it.</summary>
    public string ConnectionString => LocalAzurite.ConnectionStringFor(Port);
}
