namespace SslaPublisher.Rendering.Fonts;

/// <summary>One font file of the fallback chain.</summary>
/// <param name="Name">Short name for errors and docs (e.g. <c>Inter</c>, <c>Noto Sans CJK</c>).</param>
/// <param name="FileName">The file's name, looked up by <see cref="FontFiles"/>.</param>
/// <param name="CollectionIndex">Face index inside a <c>.ttc</c> collection; 0 for plain <c>.ttf</c>.</param>
/// <param name="Source">What installs the file (npm package or Debian package), for the error message.</param>
/// <param name="IsColorEmoji">A colour emoji face: it draws emoji-presentation clusters first and never spaces or ASCII punctuation.</param>
public sealed record FontFace(string Name, string FileName, int CollectionIndex, string Source, bool IsColorEmoji = false);
