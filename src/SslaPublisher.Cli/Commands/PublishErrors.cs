using Azure;

namespace SslaPublisher.Cli.Commands;

/// <summary>Short, one-line descriptions of publish failures (redacted by the caller before printing).</summary>
internal static class PublishErrors
{
    public static string Describe(Exception e) => e switch
    {
        // The SDK's message has the request URL and headers over many lines: status and code say what went wrong.
        // Status 0: no answer at all (name not found, connection refused) after the SDK's retries.
        RequestFailedException { Status: 0 } r => $"could not reach the storage account: {FirstLine(r.Message)}",
        RequestFailedException r => $"storage answered {r.Status} {r.ErrorCode}: {FirstLine(r.Message)}",
        AggregateException a => string.Join("; ", a.Flatten().InnerExceptions.Select(Describe).Distinct(StringComparer.Ordinal)),
        _ when e.InnerException is { } inner && e is not FormatException => $"{FirstLine(e.Message)} ({Describe(inner)})",
        _ => FirstLine(e.Message),
    };

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
