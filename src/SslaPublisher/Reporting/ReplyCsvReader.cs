using System.Globalization;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;
using NodaTime;
using SslaPublisher.Input;

namespace SslaPublisher.Reporting;

/// <summary>
/// Streams the replies CSV (<c>channel,received_at,first_reply_at</c>) row by row, in bounded memory.
/// </summary>
/// <remarks>
/// <para>Parsing is done by Sep (RFC 4180 quoting, any line endings); this type only maps columns and checks values.
/// The header is required; the three columns may come in any order, names are matched ignoring case and
/// surrounding spaces, and extra columns are ignored. Blank lines are not rows and are passed over.</para>
/// <para>A row that cannot be measured (unknown channel, missing or malformed instant, a local time without offset,
/// a first reply before the message arrived, too few columns) is handed to the caller's bad-row callback with its
/// line number and column; the caller decides whether that stops the run or is counted and skipped.</para>
/// </remarks>
public sealed class ReplyCsvReader
{
    /// <summary>Column holding the channel id (as in ssla.yaml).</summary>
    public const string ChannelColumn = "channel";

    /// <summary>Column holding when the message arrived.</summary>
    public const string ReceivedColumn = "received_at";

    /// <summary>Column holding when the first reply was sent; empty when unanswered.</summary>
    public const string FirstReplyColumn = "first_reply_at";

    private readonly Dictionary<string, int> _channels;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a reader that knows the channel ids of the promise, in promise order.</summary>
    public ReplyCsvReader(IReadOnlyList<string> channelIds)
    {
        ArgumentNullException.ThrowIfNull(channelIds);
        ChannelIds = channelIds;
        _channels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < channelIds.Count; i++) _channels[channelIds[i]] = i;
        _lookup = _channels.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Channel ids, in promise order.</summary>
    public IReadOnlyList<string> ChannelIds { get; }

    /// <summary>Reads rows from <paramref name="text"/>; bad rows go to <paramref name="onBadRow"/> and are not yielded.</summary>
    /// <exception cref="ReplyCsvException">
    /// The file is empty, its header lacks a required column or names one twice (line 1), or a row is longer than
    /// <see cref="InputLimits.CsvRowChars"/> characters (an unclosed quote swallowing the rest of the file), which no
    /// reader can skip past.
    /// </exception>
    public IEnumerable<ReplyRow> Read(TextReader text, Action<BadRow> onBadRow)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(onBadRow);
        using var reader = OpenSep(text);
        var columns = Header(reader);
        foreach (var row in Rows(reader, columns, 0, reader.Current.LineNumberToExcl, onBadRow)) yield return row;
    }

    /// <summary>Reads the header record alone (the first range of a split file) and maps its columns.</summary>
    /// <exception cref="ReplyCsvException">The header is missing, lacks a required column or names one twice (line 1).</exception>
    internal static ReplyCsvColumns ReadHeader(TextReader text)
    {
        using var reader = OpenSep(text);
        return Header(reader);
    }

    /// <summary>
    /// Reads the rows of a range of the file that starts at a record boundary on line <paramref name="firstLine"/>,
    /// with the columns of the file's header; lines in rows and bad rows are the file's.
    /// </summary>
    internal IEnumerable<ReplyRow> ReadRows(TextReader text, ReplyCsvColumns columns, int firstLine, Action<BadRow> onBadRow)
    {
        using var reader = OpenSep(text);
        foreach (var row in Rows(reader, columns, firstLine - 1, firstLine, onBadRow)) yield return row;
    }

    // The header is read as an ordinary row and mapped here: Sep would throw on any duplicated column name,
    // while only a duplicate of one of our three columns makes the file ambiguous.
    private static SepReader OpenSep(TextReader text) => Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        Trim = SepTrim.All,
        DisableColCountCheck = true,
    }).From(text);

    private static ReplyCsvColumns Header(SepReader reader)
    {
        if (!MoveNext(reader, 1))
            throw new ReplyCsvException(new BadRow(1, null,
                $"the file is empty; expected a header with the columns {ChannelColumn},{ReceivedColumn},{FirstReplyColumn}"));
        return Columns(reader.Current);
    }

    // Sep numbers lines from 1 in what it was given; lineOffset turns them into the file's (a range starts mid-file).
    // A row starts on the line after the previous row ends: Sep 0.17's LineNumberFrom of a reader's first row is its
    // last line instead (LineNumberToExcl is right), which a range, whose first row is data, would otherwise show.
    private IEnumerable<ReplyRow> Rows(SepReader reader, ReplyCsvColumns columns, int lineOffset, int nextLine, Action<BadRow> onBadRow)
    {
        while (MoveNext(reader, nextLine))
        {
            var line = nextLine;
            nextLine = reader.Current.LineNumberToExcl + lineOffset;
            var result = Parse(reader.Current, columns, line);
            if (result.Bad is { } bad) onBadRow(bad);
            else if (result.Row is { } row) yield return row;
        }
    }

    // Sep stops with an exception when one row outgrows its buffer (16 Mi characters); that is almost always an
    // unclosed quote, and nothing after it can be read, so it is a located error even with --skip-bad-rows.
    private static bool MoveNext(SepReader reader, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            throw new ReplyCsvException(new BadRow(line, null,
                $"this row runs on for more than {InputLimits.CsvRowChars / (1 << 20)} Mi characters: probably a '\"' that is never closed starts here or below; fix the quoting"));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (ReplyRow? Row, BadRow? Bad) Parse(SepReader.Row row, ReplyCsvColumns columns, int line)
    {
        var (channelCol, receivedCol, replyCol) = (columns.Channel, columns.Received, columns.FirstReply);
        var needed = columns.Needed;
        if (row.ColCount == 1 && row[0].Span.IsEmpty) return (null, null);
        if (row.ColCount < needed)
            return (null, Bad(line, null, "too_few_columns", $"has {row.ColCount} column(s), the header names at least {needed}",
                ("count", row.ColCount.ToString(CultureInfo.InvariantCulture)), ("needed", needed.ToString(CultureInfo.InvariantCulture))));

        var channelSpan = row[channelCol].Span;
        if (!_lookup.TryGetValue(channelSpan, out var channel))
            return (null, channelSpan.IsEmpty
                ? Bad(line, ChannelColumn, "channel_empty", "is empty; every row needs the channel id")
                : Bad(line, ChannelColumn, "unknown_channel", $"unknown channel '{Shorten(channelSpan)}'; channels in ssla.yaml: {string.Join(", ", ChannelIds)}",
                    ("channel", Shorten(channelSpan)), ("channels", string.Join(",", ChannelIds))));

        var receivedText = row[receivedCol].Span;
        if (receivedText.IsEmpty) return (null, Bad(line, ReceivedColumn, "received_empty", "is empty; every row needs the time the message arrived"));
        if (InstantText.TryRead(receivedText, out var problem) is not { } receivedAt)
            return (null, Bad(line, ReceivedColumn, problem!));

        Instant? replyAt = null;
        var replyText = row[replyCol].Span;
        if (!replyText.IsEmpty)
        {
            if (InstantText.TryRead(replyText, out problem) is not { } parsed)
                return (null, Bad(line, FirstReplyColumn, problem!));
            if (parsed < receivedAt)
                return (null, Bad(line, FirstReplyColumn, "reply_before_received", $"{replyText} is before {ReceivedColumn} {receivedText}",
                    ("reply", Shorten(replyText)), ("received", Shorten(receivedText))));
            replyAt = parsed;
        }
        return (new ReplyRow(channel, receivedAt, replyAt, line), null);
    }

    // A skipped row: the English message for the terminal, and its reason and values for the report's own language.
    // Channel ids are slugs (no commas), so the list travels as one comma-separated value.
    private static BadRow Bad(int line, string? column, string reason, string message, params (string Name, string Value)[] values) =>
        new(line, column, message) { Reason = reason, Values = [.. values.Select(v => KeyValuePair.Create(v.Name, v.Value))] };

    private static BadRow Bad(int line, string column, InstantProblem problem) =>
        Bad(line, column, problem.Reason, problem.Message, ("value", Shorten(problem.Value)));

    private static ReplyCsvColumns Columns(SepReader.Row header)
    {
        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++) names[i] = header[i].ToString();
        var missing = new List<string>();
        var twice = new List<string>();
        int Find(string name)
        {
            var at = Enumerable.Range(0, names.Length).Where(i => string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (at.Count == 0) missing.Add($"'{name}'");
            if (at.Count > 1) twice.Add($"'{name}' (columns {string.Join(" and ", at.Select(i => i + 1))})");
            return at.Count == 0 ? -1 : at[0];
        }
        var columns = new ReplyCsvColumns(Find(ChannelColumn), Find(ReceivedColumn), Find(FirstReplyColumn));
        if (twice.Count > 0)
            throw new ReplyCsvException(new BadRow(1, null,
                $"the header names {string.Join(", ", twice)} more than once; keep one of each"));
        if (missing.Count > 0)
            throw new ReplyCsvException(new BadRow(1, null,
                $"the header lacks {string.Join(", ", missing)}; it has: {Shorten(string.Join(",", names))} " +
                $"(needed, in any order: {ChannelColumn},{ReceivedColumn},{FirstReplyColumn})"));
        return columns;
    }

    // An id from a hostile file could be megabytes long; a message quotes only the start.
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..60], "…");

    private static string Shorten(string text) => Shorten(text.AsSpan());
}

/// <summary>Where the header put the three columns (0-based), and how many columns a row needs to have them all.</summary>
internal readonly record struct ReplyCsvColumns(int Channel, int Received, int FirstReply)
{
    public int Needed => Math.Max(Channel, Math.Max(Received, FirstReply)) + 1;
}
