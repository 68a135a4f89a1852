using SslaPublisher.Site;

namespace SslaPublisher.Rendering;

/// <summary>One stage of the build: turns a promise into site files, in memory, deterministically.</summary>
public interface ISiteRenderer
{
    /// <summary>Short name for progress and timings (<c>pages</c>, <c>bios</c>, …).</summary>
    string Name { get; }

    /// <summary>The files this stage contributes.</summary>
    IEnumerable<SiteFile> Render(RenderContext context);
}
