using System.Text.RegularExpressions;

namespace SslaPublisher.Publishing;

/// <summary>Removes credentials from any text about to be printed.</summary>
/// <remarks>
/// Azure SDK exceptions carry the request URL (with a SAS token when one is used) and headers, and parse errors
/// can quote the connection string. Everything the CLI prints about a storage failure goes through here: the
/// whole connection string, its key and SAS values, and any <c>sig=</c>, <c>AccountKey=</c> or
/// <c>SharedAccessSignature=</c> that appears anyway are replaced by <c>***</c>.
/// </remarks>
public sealed partial class SecretRedactor
{
    private readonly List<string> _secrets = [];

    /// <summary>Learns the secrets inside <paramref name="connectionString"/> (may be null).</summary>
    public SecretRedactor(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return;
        _secrets.Add(connectionString);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) continue;
            var key = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (value.Length < 4) continue;
            if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                _secrets.Add(value);
                // URL-encoded forms show up in request URLs and headers.
                _secrets.Add(Uri.EscapeDataString(value));
            }
        }
        // Longest first, so a secret that contains another is removed whole.
        _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    [GeneratedRegex(@"(?i)\b(AccountKey|SharedAccessSignature|sig)=[^;&\s""']+")]
    private static partial Regex SecretAssignment();

    /// <summary>The text with every known secret replaced by <c>***</c>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        foreach (var secret in _secrets) text = text.Replace(secret, "***", StringComparison.Ordinal);
        return SecretAssignment().Replace(text, m => m.Groups[1].Value + "=***");
    }
}
