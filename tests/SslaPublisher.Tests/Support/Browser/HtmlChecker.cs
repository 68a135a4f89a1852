using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SslaPublisher.Tests.Support.Browser;

/// <summary>The Nu HTML Checker (npm <c>vnu-jar</c>, run offline with Java) over a folder of pages.</summary>
public static class HtmlChecker
{
    /// <summary>Error messages (<c>file:line: message</c>) for every HTML file under <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        var jar = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start java.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd(); // vnu writes its JSON report to stderr
        process.WaitForExit();
        var text = string.IsNullOrWhiteSpace(stderr) ? stdout.Result : stderr;
        var report = JsonNode.Parse(text)!["messages"]!.AsArray();
        return [.. report.Select(m => $"{m!["url"]}:{m["lastLine"]}: {m["type"]}: {m["message"]}")];
    }
}
