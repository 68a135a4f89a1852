using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Badges;

/// <summary>Shared inputs of the badge tests.</summary>
internal static class BadgeFixtures
{
    public static readonly RgbColor Navy = RgbColor.Parse("#0B3D91");
    public static readonly RgbColor Amber = RgbColor.Parse("#FFB400");

    /// <summary>A label a hostile or careless ssla.yaml could hold: markup, quotes, ampersands, emoji, RTL, a control character.</summary>
    public const string HostileLabel = "\"><script>alert('x')</script> & Co \u202Eevil \u0001";

    /// <summary>Where the golden SVGs live in the source tree (beside these tests).</summary>
    public static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Badges", "Golden");

    public static RenderContext ExampleContext() => Context(new PromiseLoader().LoadFile(RepoPaths.Example()));

    public static RenderContext Context(Promise promise) =>
        new(promise, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default);

    private static readonly Lazy<IReadOnlyList<SiteFile>> ExampleFiles = new(() => [.. new BadgesRenderer().Render(ExampleContext())]);

    /// <summary>The example brand's badge files, rendered once for all tests.</summary>
    public static IReadOnlyList<SiteFile> ExampleBadges => ExampleFiles.Value;

    public static BadgeSpec Spec(string label, string message, BadgeStyle style = BadgeStyle.Flat) => new(label, message, Navy, Amber, style);
}
