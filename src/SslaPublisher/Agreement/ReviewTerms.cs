using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>When the agreement is reviewed and how it may be ended.</summary>
/// <param name="Cadence">How often the parties review results together.</param>
/// <param name="TerminationNotice">Notice either party gives to end the agreement, if stated.</param>
/// <param name="Notes">Anything else about reviews or renewal (Markdown, in one or more languages), if stated.</param>
public sealed record ReviewTerms(ReviewCadence Cadence, Duration? TerminationNotice, LocalizedText? Notes);

/// <summary>How often the agreement is reviewed.</summary>
public enum ReviewCadence
{
    /// <summary>Every week.</summary>
    Weekly,
    /// <summary>Every month.</summary>
    Monthly,
    /// <summary>Every quarter.</summary>
    Quarterly,
    /// <summary>Every six months (<c>half-yearly</c>).</summary>
    HalfYearly,
    /// <summary>Every year.</summary>
    Yearly,
}
