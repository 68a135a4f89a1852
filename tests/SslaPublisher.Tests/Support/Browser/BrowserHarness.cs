using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SslaPublisher.Tests.Support.Browser;

/// <summary>
/// Runs tasks in one headless Chromium launch through <c>tests/browser/run.js</c> (playwright-core driving
/// <c>/usr/bin/chromium</c>), serving a site folder over http://127.0.0.1 like the blob endpoint.
/// </summary>
/// <remarks>
/// Tasks are node modules under <c>tests/browser/tasks/</c> taking JSON arguments and returning JSON, so any feature
/// can add one (badges measure SVG text widths with it). Batch everything a test class needs into one call:
/// launching the browser is most of the cost.
/// </remarks>
public static class BrowserHarness
{
    /// <summary>Runs the tasks and returns each one's value, in order; throws when a task failed.</summary>
    public static IReadOnlyList<JsonNode?> Run(string? root, params BrowserTask[] tasks)
    {
        var request = new JsonObject
        {
            ["root"] = root,
            ["tasks"] = new JsonArray([.. tasks.Select(t => (JsonNode)new JsonObject
            {
                ["script"] = "tests/browser/tasks/" + t.Script,
                ["args"] = t.Args.DeepClone(),
            })]),
        };
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "tests", "browser", "run.js")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start node.");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Browser harness failed (exit {process.ExitCode}). Is Chromium installed (scripts/setup.sh --test)?\n{stderr.Result}");
        var response = JsonNode.Parse(stdout)!.AsObject();
        var results = response["results"]!.AsArray();
        return [.. results.Select((r, i) => r!["ok"]!.GetValue<bool>()
            ? r["value"]
            : throw new InvalidOperationException($"Browser task {tasks[i].Script} failed:\n{r["error"]}"))];
    }
}

/// <summary>One task: a script under <c>tests/browser/tasks/</c> and its JSON arguments.</summary>
public sealed record BrowserTask(string Script, JsonNode Args)
{
    /// <summary>A task whose arguments are serialized from an anonymous object.</summary>
    public static BrowserTask Of(string script, object args) =>
        new(script, JsonSerializer.SerializeToNode(args, new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
}
