namespace SslaPublisher.Publishing;

/// <summary>What one upload sends: the bytes, their MD5 (stored as Content-MD5) and the headers they are served with.</summary>
public sealed record UploadContent(ReadOnlyMemory<byte> Bytes, byte[] Md5, string ContentType, string CacheControl);
