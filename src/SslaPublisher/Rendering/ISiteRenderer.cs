using SslaPublisher.Site;

namespace SslaPublisher.Rendering;

/// <summary>One stage of the build: turns a promise into site files, in memory, deterministically.</summary>
public interface ISiteRenderer
{
    /// <summary>Short name for progress and timings (<c>pages</c>, <c>bios</c>, …).</summary>
    string Name { get; }

    /// <summary>The files this stage contributes.</summary>
    IEnumerable<SiteFile> Render(RenderContext context);

    /// <summary>
    /// True for a stage whose files state the promise and cannot read a clock (bios, badges, banners): with a build
    /// instant it renders the promise in force then (<see cref="Definition.PromiseInForce"/>). Pages, whose script
    /// reads the reader's clock, keep the channel's own promise.
    /// </summary>
    bool StatesPromiseAsOf => false;
}
