using System.Text.RegularExpressions;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Profiles;

/// <summary>
/// Where credentials come from: environment variables, or a secrets file of <c>NAME=value</c> lines outside the
/// brand folder, named per channel (<c>SSLA_&lt;CHANNEL&gt;_TOKEN</c>, <c>…_APP_PASSWORD</c>, …). The environment wins.
/// </summary>
public sealed partial class ProfileSecrets
{
    private readonly Func<string, string?> _environment;
    private readonly IReadOnlyDictionary<string, string> _file;

    private ProfileSecrets(Func<string, string?> environment, IReadOnlyDictionary<string, string> file)
    {
        _environment = environment;
        _file = file;
    }

    /// <summary>No file; the process environment.</summary>
    public static ProfileSecrets FromEnvironment(Func<string, string?>? environment = null) =>
        new(environment ?? Environment.GetEnvironmentVariable, new Dictionary<string, string>());

    /// <summary>Reads <paramref name="secretsFile"/> (null for none), refusing one inside <paramref name="brandFolder"/>.</summary>
    /// <exception cref="ProfileSetupException">The file is inside the brand folder, missing, or has a bad line.</exception>
    public static ProfileSecrets Load(string? secretsFile, string brandFolder, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (secretsFile is null) return FromEnvironment(environment);
        if (!File.Exists(secretsFile)) throw new ProfileSetupException($"{secretsFile}: secrets file not found");
        // A brand folder is committed and published; credentials beside ssla.yaml would travel with it.
        var file = RealPath.Of(secretsFile);
        var brand = RealPath.Of(brandFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (file.StartsWith(brand, StringComparison.Ordinal))
            throw new ProfileSetupException($"{secretsFile}: the secrets file is inside the brand folder; keep it outside (it would be committed with ssla.yaml)");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(secretsFile))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var eq = line.IndexOf('=');
            if (eq <= 0 || !NamePattern().IsMatch(line[..eq].Trim()))
                // The line may be a secret pasted without its name: name the line, never quote it.
                throw new ProfileSetupException($"{secretsFile}:{lineNumber}: expected NAME=value (NAME in capitals, digits and '_')");
            values[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        return new ProfileSecrets(environment, values);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("[^A-Z0-9]+")]
    private static partial Regex NotNameCharacters();

    /// <summary>The name of a channel's setting: <c>mastodon-ops</c>, <c>TOKEN</c> → <c>SSLA_MASTODON_OPS_TOKEN</c>.</summary>
    public static string NameFor(string channelId, string setting) =>
        $"SSLA_{NotNameCharacters().Replace(channelId.ToUpperInvariant(), "_").Trim('_')}_{setting}";

    /// <summary>The value of <paramref name="name"/>, or null; an empty value counts as none.</summary>
    public string? Get(string name)
    {
        var value = _environment(name);
        if (string.IsNullOrEmpty(value)) _file.TryGetValue(name, out value);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
