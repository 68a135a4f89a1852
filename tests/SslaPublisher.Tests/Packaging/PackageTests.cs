using System.Diagnostics;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Packaging;

/// <summary>The packages work away from the checkout (scripts/test-package.sh) and README shows the tested snippet.</summary>
public class PackageTests
{
    [Fact]
    public async Task Should_build_the_same_bytes_from_the_installed_tool_and_the_packed_library_as_from_the_checkout()
    {
        // Given the Release build of this checkout (the suite runs on it)
        var script = Path.Combine(RepoPaths.Root, "scripts", "test-package.sh");

        // When the script packs both packages, installs the tool in a temporary folder and builds there
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("scripts/test-package.sh did not finish within 15 minutes.");
        }

        // Then every output equals the checkout's, byte for byte
        var (output, errors) = (await stdout, await stderr);
        Assert.True(process.ExitCode == 0, $"scripts/test-package.sh failed (exit {process.ExitCode}):\n{output}\n{errors}");
        Assert.Contains("package: ok", output);
    }

    [Fact]
    public void Should_show_in_readme_exactly_the_library_snippet_the_package_test_runs()
    {
        // Given the consumer program the package test builds, and README
        var program = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "PackageConsumer", "Program.cs"));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

        // When the snippet between the markers is taken
        var start = Array.FindIndex(program, l => l.Trim() == "// snippet start");
        var end = Array.FindIndex(program, l => l.Trim() == "// snippet end");
        Assert.True(start >= 0 && end > start + 1, "Program.cs lost its snippet markers");
        var snippet = string.Join("\n", program[(start + 1)..end]);

        // Then README shows it word for word, after the using it needs
        Assert.Contains("using SslaPublisher;\n\n" + snippet + "\n```", readme);
    }
}
