using Azure.Core;
using Azure.Storage.Blobs;

namespace SslaPublisher.Publishing;

/// <summary>The Azure SDK client options every blob target uses: a bounded time for each request and a few retries.</summary>
/// <remarks>
/// The SDK's own default waits 100 s for each try of a request and retries three times, so an endpoint that
/// accepts connections and never answers held a publish for minutes in silence. Each try now gets
/// <c>--timeout</c> (default <see cref="DefaultRequestTimeout"/>); the whole publish also has a stall detector
/// (<see cref="StallGuard"/>).
/// </remarks>
public static class StorageClientOptions
{
    /// <summary>Time one try of one request may take (site files are small: seconds even on a slow link).</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a failed request (timeouts, 503, resets), with exponential back-off.</summary>
    public const int MaxRetries = 3;

    /// <summary>Options with <paramref name="requestTimeout"/> for each try (default <see cref="DefaultRequestTimeout"/>).</summary>
    public static BlobClientOptions Create(TimeSpan? requestTimeout = null)
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = TimeSpan.FromSeconds(0.5);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = requestTimeout ?? DefaultRequestTimeout;
        return options;
    }
}
