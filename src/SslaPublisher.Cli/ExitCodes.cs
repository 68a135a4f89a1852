namespace SslaPublisher.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; the input is valid.</summary>
    public const int Ok = 0;

    /// <summary>The input is invalid (or, for checks such as <c>count</c>, over the limit).</summary>
    public const int Invalid = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Something outside the input failed (network, disk).</summary>
    public const int Failure = 3;

    /// <summary>Stopped by Ctrl-C.</summary>
    public const int Cancelled = 130;
}
