using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Bios;

/// <summary>Writes each channel's bio, ready to paste: <c>bio/&lt;channel&gt;.txt</c> and <c>bio/&lt;channel&gt;.&lt;lang&gt;.txt</c>.</summary>
public sealed class BiosRenderer : ISiteRenderer
{
    /// <inheritdoc />
    public string Name => "bios";

    /// <inheritdoc />
    public bool StatesPromiseAsOf => true;

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context) =>
        new BioComposer(context).ComposeAll(context.Promise)
            .Select(s => SiteFile.Text(s.Path, s.Text, "text/plain; charset=utf-8"));
}
