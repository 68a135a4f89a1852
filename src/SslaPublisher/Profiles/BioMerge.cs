namespace SslaPublisher.Profiles;

/// <summary>
/// The rule that lets the tool own part of a bio and leave the rest to the brand: the SLA text sits between two
/// U+2063 INVISIBLE SEPARATOR characters, which nobody types and no reader sees. Text outside them is the brand's and
/// is kept byte for byte; a bio without the marks gets the SLA block appended after a blank line.
/// </summary>
/// <remarks>
/// Invisible marks cost two characters of the limit but no words the customer reads, unlike a visible label. A bio
/// with one mark only (the closing one deleted by an edit) is read as "the block runs to the end".
/// </remarks>
public static class BioMerge
{
    /// <summary>The mark before and after the tool's block.</summary>
    public const char Marker = '\u2063';

    /// <summary>The tool's block of <paramref name="bio"/> (without the marks), or null when it has none.</summary>
    public static string? OwnedText(string bio)
    {
        ArgumentNullException.ThrowIfNull(bio);
        var start = bio.IndexOf(Marker);
        if (start < 0) return null;
        var end = bio.IndexOf(Marker, start + 1);
        return end < 0 ? bio[(start + 1)..] : bio[(start + 1)..end];
    }

    /// <summary><paramref name="current"/> with its block replaced by (or, without one, appended with) <paramref name="sla"/>.</summary>
    public static string Merge(string current, string sla)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sla);
        var block = $"{Marker}{sla.Replace(Marker.ToString(), "", StringComparison.Ordinal)}{Marker}";
        var start = current.IndexOf(Marker);
        if (start < 0)
        {
            var own = current.TrimEnd();
            return own.Length == 0 ? block : own + "\n\n" + block;
        }
        var end = current.IndexOf(Marker, start + 1);
        return current[..start] + block + (end < 0 ? "" : current[(end + 1)..]);
    }

    /// <summary>The bio with the marks shown as ⟦ and ⟧, for people reading a diff.</summary>
    public static string Visible(string bio)
    {
        ArgumentNullException.ThrowIfNull(bio);
        var open = true;
        return string.Concat(bio.Select(c => c == Marker ? ((open = !open) ? "⟧" : "⟦") : c.ToString()));
    }
}
