using SslaPublisher.Definition;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Profiles;

/// <summary>
/// What each channel's profile should show, taken from the same in-memory build as <c>ssla build</c> (the bios and
/// banners stages of <see cref="SiteBuilder"/>): the text of <c>bio/&lt;channel&gt;.txt</c> and the bytes of
/// <c>banners/&lt;channel&gt;.png</c>, so a pushed profile is exactly what the published page offers to paste.
/// </summary>
public static class DesiredProfiles
{
    /// <summary>The profile of every channel of <paramref name="promise"/>, in file order.</summary>
    /// <param name="promise">The brand.</param>
    /// <param name="templates">Built-in templates with the user's overrides.</param>
    /// <param name="asOf">The instant whose notices the bios and banners state (as <c>ssla build --as-of</c>); null for the channels' own promises.</param>
    /// <param name="cancellationToken">Checked between the stages.</param>
    /// <exception cref="Rendering.RenderException">A bio or banner cannot fit (as in <c>ssla build</c>).</exception>
    public static IReadOnlyList<DesiredProfile> Build(Promise promise, TemplateSet templates, NodaTime.Instant? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var builder = new SiteBuilder([new BiosRenderer(), new BannersRenderer()], templates).StatingPromiseAt(asOf);
        var site = builder.Build(promise, cancellationToken);
        return [.. promise.Channels.Select(c => new DesiredProfile(
            c,
            builder.Platforms[c.Platform],
            System.Text.Encoding.UTF8.GetString(site.Files[$"bio/{c.Id}.txt"].Content.Span),
            site.Files.TryGetValue($"banners/{c.Id}.png", out var banner) ? banner.Content : null))];
    }
}
