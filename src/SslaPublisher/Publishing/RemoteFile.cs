namespace SslaPublisher.Publishing;

/// <summary>One file already at the target, as its listing reports it.</summary>
/// <param name="Name">Full name at the target, prefix included (e.g. <c>acme-air/index.html</c>).</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Md5">MD5 of the content as the target stores it, or <c>null</c> when the target has none
/// (a blob uploaded by another tool without Content-MD5); such files always count as changed.</param>
public sealed record RemoteFile(string Name, long Size, byte[]? Md5);
