using System.Security.Cryptography;
using System.Text;

namespace SslaPublisher.Profiles.Bluesky;

/// <summary>
/// The CID an AT Protocol PDS gives a blob: CIDv1, codec raw (0x55), multihash sha2-256, written in base32 lower
/// case with the multibase prefix 'b' ("bafkrei…"). Computing it locally tells whether the profile record's banner
/// is exactly our PNG without downloading it.
/// </summary>
public static class BlobCid
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The CID of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> cid = stackalloc byte[36];
        cid[0] = 0x01; // CID version 1
        cid[1] = 0x55; // raw
        cid[2] = 0x12; // sha2-256
        cid[3] = 0x20; // 32 bytes
        SHA256.HashData(bytes, cid[4..]);
        return "b" + Base32(cid);
    }

    // RFC 4648 base32, lower case, no padding (multibase 'b').
    private static string Base32(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }
}
