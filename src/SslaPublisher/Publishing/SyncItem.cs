namespace SslaPublisher.Publishing;

/// <summary>One line of a <see cref="SyncPlan"/>.</summary>
/// <param name="Name">Full name at the target (prefix included).</param>
/// <param name="Action">What happens to it.</param>
/// <param name="File">The local file; <c>null</c> for deletes.</param>
/// <param name="Md5">MD5 of the local bytes; <c>null</c> for deletes.</param>
/// <param name="Size">Bytes to send for uploads; the remote size for deletes.</param>
public sealed record SyncItem(string Name, SyncAction Action, PublishFile? File, byte[]? Md5, long Size);
