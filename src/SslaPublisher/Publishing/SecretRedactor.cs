using System.Text.RegularExpressions;

namespace SslaPublisher.Publishing;

/// <summary>Removes credentials from any text about to be printed.</summary>
/// <remarks>
/// Azure SDK exceptions carry the request URL (with a SAS token when one is used) and headers, and parse errors
/// can quote the connection string. Everything the CLI prints about a storage failure goes through here: the
/// whole connection string, its key and SAS values, and any <c>sig=</c>, <c>AccountKey=</c> or
/// <c>SharedAccessSignature=</c> that appears anyway, and any JWT (an Entra ID bearer token), are replaced by <c>***</c>.
/// </remarks>
public sealed partial class SecretRedactor
{
    private readonly List<string> _secrets = [];

    /// <summary>Learns the secrets inside <paramref name="connectionString"/> (may be null) and the plain <paramref name="secrets"/> (tokens, passwords).</summary>
    public SecretRedactor(string? connectionString, IEnumerable<string>? secrets = null)
    {
        // Short values would blank out ordinary words; a real token or app password is longer.
        foreach (var secret in secrets ?? []) if (secret.Length >= 4) _secrets.Add(secret);
        _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
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
                // A SAS's signature travels alone too, as the sig= parameter of each request.
                foreach (var parameter in value.Split('&'))
                {
                    if (!parameter.StartsWith("sig=", StringComparison.OrdinalIgnoreCase) || parameter.Length < 8) continue;
                    _secrets.Add(parameter[4..]);
                    _secrets.Add(Uri.UnescapeDataString(parameter[4..]));
                }
            }
        }
        // Longest first, so a secret that contains another is removed whole.
        _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    [GeneratedRegex(@"(?i)\b(AccountKey|SharedAccessSignature|sig)=[^;&\s""']+")]
    private static partial Regex SecretAssignment();

    // An Entra ID access token is a JWT: three base64url parts, the first two starting with '{"' encoded.
    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex BearerToken();

    /// <summary>The text with every known secret replaced by <c>***</c>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        foreach (var secret in _secrets) text = text.Replace(secret, "***", StringComparison.Ordinal);
        text = BearerToken().Replace(text, "***");
        return SecretAssignment().Replace(text, m => m.Groups[1].Value + "=***");
    }
}
