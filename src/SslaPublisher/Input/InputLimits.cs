namespace SslaPublisher.Input;

/// <summary>
/// The documented limits on what an input may hold (docs/limits.md). Each is far above what a real brand needs and
/// low enough that the work a file can cause stays small and linear; exceeding one is a located error at
/// <c>ssla validate</c>, so a file that validates also builds.
/// </summary>
public static class InputLimits
{
    /// <summary>Largest ssla.yaml, in bytes (1 MiB).</summary>
    public const long DefinitionBytes = 1 << 20;

    /// <summary>Longest text value or key anywhere in ssla.yaml, in UTF-16 code units.</summary>
    public const int TextLength = 10_000;

    /// <summary>Longest brand name: it is written into banners, bios and page titles.</summary>
    public const int BrandNameLength = 100;

    /// <summary>Most channels in one ssla.yaml.</summary>
    public const int Channels = 100;

    /// <summary>Most closed dates and periods of one channel.</summary>
    public const int ClosedPerChannel = 500;

    /// <summary>Most notices of one brand (<c>notices:</c>): every page carries them all for the live script.</summary>
    public const int Notices = 50;

    /// <summary>Most updates of one notice (<c>notices[].updates</c>): a long incident is better told as a new notice.</summary>
    public const int NoticeUpdates = 20;

    /// <summary>Earliest date a closed period may name.</summary>
    public static readonly NodaTime.LocalDate EarliestDate = new(2000, 1, 1);

    /// <summary>Latest date a closed period may name: schedules are searched day by day up to the last closure.</summary>
    public static readonly NodaTime.LocalDate LatestDate = new(2100, 12, 31);

    /// <summary>Largest logo file, in bytes (5 MiB).</summary>
    public const long LogoBytes = 5 << 20;

    /// <summary>Widest and tallest logo, in pixels, read from the image header before any decoding.</summary>
    public const int LogoSide = 4096;

    /// <summary>Largest replies CSV is not limited (it is streamed); one row may be at most this many characters.</summary>
    public const int CsvRowChars = 16 << 20;
}
