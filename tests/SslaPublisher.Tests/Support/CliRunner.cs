using SslaPublisher.Cli;

namespace SslaPublisher.Tests.Support;

/// <summary>Runs the <c>ssla</c> command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
