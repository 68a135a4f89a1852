using System.Collections.Immutable;

namespace SslaPublisher.Definition;

/// <summary>The whole of one brand's <c>ssla.yaml</c>, validated: the root every renderer reads.</summary>
/// <param name="SourcePath">Full path of the file it was read from (assets such as the logo resolve beside it).</param>
/// <param name="Brand">Who makes the promise.</param>
/// <param name="Channels">The channels, in the order the file lists them.</param>
/// <param name="Crisis">Where customers go when things go badly wrong, if stated.</param>
/// <param name="Agreement">The internal agreement behind the promise, if the file has one.</param>
public sealed record Promise(
    string SourcePath,
    Brand Brand,
    ImmutableArray<Channel> Channels,
    Crisis? Crisis,
    Agreement.AgreementDefinition? Agreement)
{
    /// <summary>The folder holding the source file; relative asset paths resolve against it.</summary>
    public string SourceDirectory => Path.GetDirectoryName(SourcePath) ?? ".";

    /// <summary>The <c>badges:</c> section: which styles get PNGs (the flat style alone unless the file asks).</summary>
    public BadgeOptions Badges { get; init; } = BadgeOptions.Default;

    /// <summary>The <c>notices:</c>, in file order: dated changes to what customers can expect (docs/notices.md).</summary>
    public ImmutableArray<Notice> Notices { get; init; } = [];

    /// <summary>How many days before a planned closure (a notice or a <c>closed:</c> date) pages announce it.</summary>
    public int AnnounceDays { get; init; } = NoticesReader.DefaultAnnounceDays;

    /// <summary>What the loader found worth fixing without failing (missing translations), located like errors.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
}
