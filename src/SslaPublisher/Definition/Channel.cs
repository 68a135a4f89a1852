using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Platforms;
using SslaPublisher.Schedule;

namespace SslaPublisher.Definition;

/// <summary>One social channel and what customers can expect there.</summary>
/// <param name="Id">Unique, slug-safe id; used in file names.</param>
/// <param name="Platform">Which platform the channel lives on.</param>
/// <param name="Handle">The handle as written (e.g. <c>@AcmeAirHelp</c>) or a profile URL.</param>
/// <param name="ProfileUrl">Absolute https URL of the profile, from the handle and the platform's pattern.</param>
/// <param name="Purpose">What the channel is for, in one word.</param>
/// <param name="Summary">What the channel helps with (Markdown allowed on pages), in one or more languages.</param>
/// <param name="TimeZone">Zone the hours are stated in.</param>
/// <param name="Hours">Staffed hours.</param>
/// <param name="Closed">Holidays and dated closures.</param>
/// <param name="Reply">How fast a reply comes.</param>
/// <param name="Languages">Languages answered in; the first is the channel's own (its bio, banner and badges).</param>
/// <param name="NotFor">What the channel is not for, and where to go instead.</param>
/// <param name="Urgent">Where to go when it cannot wait (phone, URL or text, per language), if stated.</param>
public sealed record Channel(
    string Id,
    PlatformId Platform,
    string Handle,
    string ProfileUrl,
    Purpose Purpose,
    LocalizedText Summary,
    DateTimeZone TimeZone,
    WeeklyHours Hours,
    ImmutableArray<ClosedPeriod> Closed,
    ReplyPromise Reply,
    ImmutableArray<string> Languages,
    ImmutableArray<NotForItem> NotFor,
    LocalizedText? Urgent)
{
    /// <summary>The channel's own language: the first it answers in. Its bio, banner and badges speak it.</summary>
    public string Language => Languages.IsDefaultOrEmpty ? "en" : Languages[0];

    /// <summary>The banner layout and image of this channel's banner (<c>banner</c>, else the brand's).</summary>
    public BannerChoice Banner { get; init; } = BannerChoice.Default;
}

/// <summary>What a channel is for.</summary>
public enum Purpose
{
    /// <summary>Customer support: problems get solved here.</summary>
    Support,
    /// <summary>Questions and answers.</summary>
    Questions,
    /// <summary>News and announcements; replies are not the point.</summary>
    Announcements,
    /// <summary>Community conversation.</summary>
    Community,
    /// <summary>Sales enquiries.</summary>
    Sales,
}

/// <summary>Dates on which the channel is closed, both ends included.</summary>
public sealed record ClosedPeriod(LocalDate From, LocalDate To, LocalizedText? Reason)
{
    /// <summary>True when <paramref name="date"/> falls in the period.</summary>
    public bool Contains(LocalDate date) => date >= From && date <= To;
}

/// <summary>Something the channel is not for, with where to go instead.</summary>
public sealed record NotForItem(LocalizedText Text, string? GoTo);

/// <summary>How fast a reply comes.</summary>
/// <param name="Within">Promised reply time: staffed days and/or staffed time.</param>
/// <param name="OffHours">What happens to messages received while the channel is closed.</param>
public sealed record ReplyPromise(ReplyTime Within, OffHoursRule OffHours);

/// <summary>What happens to messages received off hours.</summary>
/// <param name="Text">Free-text rule (no due instant can be computed), or null for <c>next-opening</c>.</param>
public sealed record OffHoursRule(LocalizedText? Text)
{
    /// <summary>The keyword of <see cref="NextOpening"/> in ssla.yaml.</summary>
    public const string NextOpeningKeyword = "next-opening";

    /// <summary>The promise clock starts at the next opening.</summary>
    public static OffHoursRule NextOpening { get; } = new((LocalizedText?)null);

    /// <summary>True for <c>next-opening</c>.</summary>
    public bool IsNextOpening => Text is null;
}

/// <summary>Where customers go when things go badly wrong.</summary>
public sealed record Crisis(string Contact, LocalizedText Statement);
