using System.Collections.Immutable;

namespace SslaPublisher.Reporting;

/// <summary>A CSV row that cannot be measured, located by line and column.</summary>
/// <param name="Line">1-based line number in the CSV file (the header is line 1).</param>
/// <param name="Column">Name of the offending column, or null when the row as a whole is wrong.</param>
/// <param name="Message">What is wrong, in words a person can act on (English, for the terminal).</param>
public sealed record BadRow(int Line, string? Column, string Message)
{
    /// <summary>
    /// What is wrong as a key of the report's <c>report.bad_rows</c> strings (<c>no_offset</c>, <c>unknown_channel</c>),
    /// so <c>report.html</c> can say it in its own language; null for problems that stop the run (they never reach a page).
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>The values the reason's sentence quotes, by placeholder name: the cell as written, the channel ids, counts.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Values { get; init; } = [];

    /// <summary>The value quoted as <c>{<paramref name="name"/>}</c>, or an empty text.</summary>
    public string Value(string name) => Values.FirstOrDefault(v => v.Key == name).Value ?? "";

    /// <summary><c>replies.csv:12: received_at: '2026-11-03T09:00' has no Z or offset …</c></summary>
    public string Format(string file) => Column is null ? $"{file}:{Line}: {Message}" : $"{file}:{Line}: {Column}: {Message}";

    /// <summary><c>line 12: received_at: …</c>, for places where the file is already named.</summary>
    public string Describe() => Column is null ? $"line {Line}: {Message}" : $"line {Line}: {Column}: {Message}";
}

/// <summary>The replies CSV cannot be read at all (no header, missing columns) or has a bad row that is not skipped.</summary>
public sealed class ReplyCsvException(BadRow problem) : Exception(problem.Describe())
{
    /// <summary>Where and what.</summary>
    public BadRow Problem { get; } = problem;
}
