namespace SslaPublisher.Publishing;

/// <summary>One publish, as <see cref="PublishSession"/> carries it out.</summary>
public sealed record PublishRequest
{
    /// <summary>The default of <see cref="LockTimeout"/>.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The default of <see cref="StallTimeout"/>.</summary>
    public static readonly TimeSpan DefaultStallTimeout = TimeSpan.FromSeconds(120);

    /// <summary>What to publish.</summary>
    public required PublishSource Source { get; init; }

    /// <summary>Prefix under which it goes (normalised by the session).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Remove what the site no longer has (for an agency: also every brand that is gone).</summary>
    public bool Delete { get; init; }

    /// <summary>Publish internal files (the agreement) too.</summary>
    public bool IncludeInternal { get; init; }

    /// <summary>Only plan: no lock, no change.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// A shard lists its brands' folders even when its manifest is there, and writes the manifest again from what
    /// it found (<c>--verify</c>: repairs a manifest made untrue by changes outside ssla). Nothing else lists less.
    /// </summary>
    public bool Verify { get; init; }

    /// <summary>Requests in flight at once.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>How long to wait for another publish to the same prefix to finish.</summary>
    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    /// <summary>Time without any storage request finishing after which the publish stops.</summary>
    public TimeSpan StallTimeout { get; init; } = DefaultStallTimeout;
}
