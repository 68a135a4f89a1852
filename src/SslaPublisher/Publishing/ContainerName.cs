using System.Text.RegularExpressions;

namespace SslaPublisher.Publishing;

/// <summary>
/// Azure Storage's rule for container names, checked before any request: a name the service would refuse is a
/// mistake on the command line (exit 2), not a storage failure (exit 3) found after connecting.
/// </summary>
public static partial class ContainerName
{
    // 3-63 characters: lowercase letters, digits and single dashes, starting and ending with a letter or digit.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Rule();

    /// <summary>Null when Azure accepts <paramref name="name"/> (the special <c>$web</c>, <c>$root</c> and <c>$logs</c> included), else why not.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name is "$web" or "$root" or "$logs" || Rule().IsMatch(name)) return null;
        return $"'{name}' is not a valid container name: use 3-63 lowercase letters, digits and single dashes, starting and ending with a letter or digit (or $web)";
    }
}
