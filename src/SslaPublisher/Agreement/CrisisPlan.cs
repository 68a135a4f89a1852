using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>How a social media crisis is handled: who can be called, and what happens at each severity level.</summary>
/// <param name="Contacts">Everyone the plan may call, in file order; levels refer to them by id.</param>
/// <param name="Levels">Severity levels, most severe first as the file lists them.</param>
public sealed record CrisisPlan(ImmutableArray<CrisisContact> Contacts, ImmutableArray<SeverityLevel> Levels);

/// <summary>A person (or duty line) the crisis plan calls.</summary>
/// <param name="Id">Slug used by levels' <c>call</c> lists.</param>
/// <param name="Name">Person or duty line name.</param>
/// <param name="Role">Their role (in one or more languages), if stated.</param>
/// <param name="Party">Which side of the agreement they belong to.</param>
/// <param name="Phone">Phone number as written, if stated.</param>
/// <param name="PhoneUrl">The phone as a <c>tel:</c> URL (digits and a leading '+' only), if a phone is stated.</param>
/// <param name="Email">Email address, if stated.</param>
/// <remarks>At least one of phone and email is always present: a contact nobody can reach is a load error.</remarks>
public sealed record CrisisContact(string Id, string Name, LocalizedText? Role, PartySide Party, string? Phone, string? PhoneUrl, string? Email);

/// <summary>Which side of the agreement someone is on.</summary>
public enum PartySide
{
    /// <summary>The company.</summary>
    Company,
    /// <summary>The provider.</summary>
    Provider,
}

/// <summary>One severity level of the crisis plan.</summary>
/// <param name="Id">Slug such as <c>sev1</c>.</param>
/// <param name="Name">Short name such as <c>Critical</c>, in one or more languages.</param>
/// <param name="When">What puts an incident at this level (Markdown, in one or more languages), if stated.</param>
/// <param name="Call">Who is called, in order; never empty.</param>
/// <param name="Within">How soon after detection they must be reached.</param>
/// <param name="UpdatesEvery">How often public updates follow, if stated.</param>
/// <param name="Statement">The holding statement posted first (plain text, posted as is), in one or more languages.</param>
public sealed record SeverityLevel(
    string Id,
    LocalizedText Name,
    LocalizedText? When,
    ImmutableArray<CrisisContact> Call,
    Duration Within,
    Duration? UpdatesEvery,
    LocalizedText Statement);
