using System.Diagnostics;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary>Without ICU's locale data the tool stops with a clear message (exit 3), never with English guesses.</summary>
public class IcuRequiredTests
{
    [Fact]
    public void Should_exit_3_naming_icu_when_globalization_is_invariant()
    {
        // Given the tool run as a process with .NET's invariant globalization forced on
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ssla.dll"), "hours", RepoPaths.Example()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        // When
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "ssla did not finish");

        // Then
        Assert.Equal(3, process.ExitCode);
        Assert.Contains("invariant globalization mode", error, StringComparison.Ordinal);
        Assert.Contains("Install ICU", error, StringComparison.Ordinal);
    }
}
