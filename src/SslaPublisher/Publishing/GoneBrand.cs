namespace SslaPublisher.Publishing;

/// <summary>A brand still online under an agency's prefix that the agency no longer has.</summary>
/// <param name="Slug">Its folder under the prefix.</param>
/// <param name="Files">Files it still has online (all deleted with <c>--delete</c>).</param>
/// <param name="Bytes">Their size.</param>
public sealed record GoneBrand(string Slug, int Files, long Bytes);
