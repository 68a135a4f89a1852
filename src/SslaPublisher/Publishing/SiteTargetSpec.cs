namespace SslaPublisher.Publishing;

/// <summary>Where a publish goes, as the command line says it; <see cref="SiteTargetFactory"/> turns it into a target.</summary>
public sealed record SiteTargetSpec
{
    /// <summary>A folder instead of blob storage (<c>--to-folder</c>).</summary>
    public string? Folder { get; init; }

    /// <summary>The account's connection string (never printed); with neither this nor <see cref="Folder"/>, the local Azurite.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Blob container.</summary>
    public string Container { get; init; } = AzureBlobTargetOptions.StaticWebsiteContainer;

    /// <summary>Data folder of the local Azurite, when this publish starts it.</summary>
    public string? AzuriteLocation { get; init; }

    /// <summary>Time one try of one storage request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = StorageClientOptions.DefaultRequestTimeout;
}
