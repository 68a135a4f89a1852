namespace SslaPublisher.Rendering.Fonts;

/// <summary>One face of the fallback chain.</summary>
/// <param name="Name">Short name for errors and docs (e.g. <c>Inter</c>, <c>Noto Sans CJK</c>).</param>
/// <param name="FileName">The file's name: the embedded resource <c>fonts/FileName</c> of a shipped face, a hint
/// for the system font search otherwise.</param>
/// <param name="CollectionIndex">Face index inside a <c>.ttc</c> collection; 0 for plain <c>.ttf</c>.</param>
/// <param name="Source">Where the file comes from (npm or Debian package), for docs and errors.</param>
/// <param name="SystemFamilies">Empty for a face shipped inside the library; otherwise the face is too large to ship
/// and is found among the machine's fonts by these family names, in order of preference.</param>
/// <param name="Weight">The weight looked for among system fonts.</param>
/// <param name="IsColorEmoji">A colour emoji face: it draws emoji-presentation clusters first and never spaces or ASCII punctuation.</param>
public sealed record FontFace(
    string Name, string FileName, int CollectionIndex, string Source,
    IReadOnlyList<string>? SystemFamilies = null, FontWeight Weight = FontWeight.Regular, bool IsColorEmoji = false)
{
    /// <summary>True when the face ships inside the library.</summary>
    public bool IsShipped => SystemFamilies is null or { Count: 0 };
}
