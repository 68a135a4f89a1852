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
    /// <exception cref="Rendering.RenderException">A bio or banner cannot fit (as in <c>ssla build</c>).</exception>
    public static IReadOnlyList<DesiredProfile> Build(Promise promise, TemplateSet templates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var builder = new SiteBuilder([new BiosRenderer(), new BannersRenderer()], templates);
        var site = builder.Build(promise, cancellationToken);
        return [.. promise.Channels.Select(c => new DesiredProfile(
            c,
            builder.Platforms[c.Platform],
            System.Text.Encoding.UTF8.GetString(site.Files[$"bio/{c.Id}.txt"].Content.Span),
            site.Files.TryGetValue($"banners/{c.Id}.png", out var banner) ? banner.Content : null))];
    }
}
