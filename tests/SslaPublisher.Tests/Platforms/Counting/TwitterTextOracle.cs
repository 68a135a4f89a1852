using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SslaPublisher.Platforms.Counting;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Platforms.Counting;

/// <summary>
/// The official twitter-text npm package (pinned in package-lock.json), run by node through
/// <c>tests/oracles/twitter-text.js</c>: the reference the X counter is tested against.
/// </summary>
/// <remarks>
/// Everything it needs is in the repository once <c>scripts/setup.sh --test</c> has run <c>npm ci</c>; it fails
/// loudly, naming that command, when node or the package is missing. Texts travel as JSON with every non-ASCII code
/// unit escaped, so lone surrogates reach node exactly as .NET holds them.
/// </remarks>
internal static class TwitterTextOracle
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<OracleInfo> LazyInfo = new(() =>
    {
        using var json = JsonDocument.Parse(Run("info", null));
        var root = json.RootElement;
        return new OracleInfo(
            root.GetProperty("version").GetString()!,
            root.GetProperty("config").Clone(),
            TopLevelDomains.Of(root.GetProperty("tlds").EnumerateArray().Select(t => t.GetString()!)),
            root.GetProperty("emojiPattern").GetString()!);
    });

    /// <summary>The package's version, config v3, TLD list and emoji expression.</summary>
    public static OracleInfo Info => LazyInfo.Value;

    /// <summary><c>parseTweet</c>'s weighted length and the code points after NFC, per text.</summary>
    public static IReadOnlyList<(int Weighted, int Plain)> Tweet(IReadOnlyList<string> texts)
    {
        using var json = JsonDocument.Parse(Run("tweet", texts));
        return [.. json.RootElement.EnumerateArray().Select(r => (r.GetProperty("weighted").GetInt32(), r.GetProperty("plain").GetInt32()))];
    }

    /// <summary>The weighted length under the documented bio rule (any letter TLD; a URL counts max(23, itself)).</summary>
    public static IReadOnlyList<int> Bio(IReadOnlyList<string> texts)
    {
        using var json = JsonDocument.Parse(Run("bio", texts));
        return [.. json.RootElement.EnumerateArray().Select(r => r.GetProperty("weighted").GetInt32())];
    }

    /// <summary>twitter-text's URL expressions by name, TLD lists left as <c>{gtld}</c> and <c>{cctld}</c>.</summary>
    public static IReadOnlyDictionary<string, string> UrlPatterns() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Run("url-patterns", null))!;

    private static string Run(string mode, IReadOnlyList<string>? texts)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "oracles", "twitter-text.js");
        var start = new ProcessStartInfo("node", [script, mode])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The twitter-text oracle needs node on PATH (scripts/setup.sh --test).", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(texts is null ? "[]" : AsciiJson(texts));
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The twitter-text oracle ({mode}) did not answer within {Timeout}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException(
                    $"The twitter-text oracle failed (exit {process.ExitCode}); is the pinned npm package installed (scripts/setup.sh --test)?\n{stderr.Result}");
            return stdout.Result;
        }
    }

    // A JSON array of strings with every code unit outside printable ASCII escaped (lone surrogates included).
    private static string AsciiJson(IReadOnlyList<string> texts)
    {
        var json = new StringBuilder("[");
        foreach (var text in texts)
        {
            if (json.Length > 1) json.Append(',');
            json.Append('"');
            foreach (var c in text)
            {
                if (c is >= ' ' and <= '~' and not '"' and not '\\') json.Append(c);
                else json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            json.Append('"');
        }
        return json.Append(']').ToString();
    }
}

/// <summary>What the package says about itself.</summary>
internal sealed record OracleInfo(string Version, JsonElement ConfigV3, TopLevelDomains Tlds, string EmojiPattern);
