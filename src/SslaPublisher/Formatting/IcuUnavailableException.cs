namespace SslaPublisher.Formatting;

/// <summary>
/// The machine lacks ICU (libicu), the Unicode library .NET and <see cref="LocaleFormat"/> read every language's
/// day names, plural rules and unit patterns from. A problem of the machine, not of the input (exit code 3).
/// </summary>
public sealed class IcuUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What to do about it, for every message that reports a missing ICU.</summary>
    public const string Remedy =
        "Install ICU (Debian/Ubuntu: apt-get install libicu72 or the libicuNN your release has; scripts/setup.sh does it), " +
        "and do not run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT set.";
}
