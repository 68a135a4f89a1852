using nietras.SeparatedValues;
using NodaTime;

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
    /// <exception cref="ReplyCsvException">The file is empty or its header lacks a required column (line 1).</exception>
    public IEnumerable<ReplyRow> Read(TextReader text, Action<BadRow> onBadRow)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(onBadRow);
        using var reader = Sep.New(',').Reader(o => o with
        {
            Unescape = true,
            Trim = SepTrim.All,
            DisableColCountCheck = true,
            ColNameComparer = StringComparer.OrdinalIgnoreCase,
        }).From(text);
        var (channel, received, firstReply) = Columns(reader.Header);
        var needed = Math.Max(channel, Math.Max(received, firstReply)) + 1;
        while (reader.MoveNext())
        {
            var result = Parse(reader.Current, channel, received, firstReply, needed);
            if (result.Bad is { } bad) onBadRow(bad);
            else if (result.Row is { } row) yield return row;
        }
    }

    private (ReplyRow? Row, BadRow? Bad) Parse(SepReader.Row row, int channelCol, int receivedCol, int replyCol, int needed)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount == 1 && row[0].Span.IsEmpty) return (null, null);
        if (row.ColCount < needed)
            return (null, new BadRow(line, null, $"has {row.ColCount} column(s), the header names at least {needed}"));

        var channelSpan = row[channelCol].Span;
        if (!_lookup.TryGetValue(channelSpan, out var channel))
            return (null, new BadRow(line, ChannelColumn, channelSpan.IsEmpty
                ? "is empty; every row needs the channel id"
                : $"unknown channel '{Shorten(channelSpan)}'; channels in ssla.yaml: {string.Join(", ", ChannelIds)}"));

        var receivedText = row[receivedCol].Span;
        if (receivedText.IsEmpty) return (null, new BadRow(line, ReceivedColumn, "is empty; every row needs the time the message arrived"));
        if (InstantText.TryParse(receivedText, out var problem) is not { } receivedAt)
            return (null, new BadRow(line, ReceivedColumn, problem!));

        Instant? replyAt = null;
        var replyText = row[replyCol].Span;
        if (!replyText.IsEmpty)
        {
            if (InstantText.TryParse(replyText, out problem) is not { } parsed)
                return (null, new BadRow(line, FirstReplyColumn, problem!));
            if (parsed < receivedAt)
                return (null, new BadRow(line, FirstReplyColumn, $"{replyText} is before {ReceivedColumn} {receivedText}"));
            replyAt = parsed;
        }
        return (new ReplyRow(channel, receivedAt, replyAt, line), null);
    }

    private static (int Channel, int Received, int FirstReply) Columns(SepReaderHeader header)
    {
        if (header.IsEmpty)
            throw new ReplyCsvException(new BadRow(1, null,
                $"the file is empty; expected a header with the columns {ChannelColumn},{ReceivedColumn},{FirstReplyColumn}"));
        var missing = new List<string>();
        int Find(string name)
        {
            if (header.TryIndexOf(name, out var index)) return index;
            missing.Add(name);
            return -1;
        }
        var columns = (Find(ChannelColumn), Find(ReceivedColumn), Find(FirstReplyColumn));
        if (missing.Count > 0)
            throw new ReplyCsvException(new BadRow(1, null,
                $"the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}; it has: {string.Join(",", header.ColNames)} " +
                $"(needed, in any order: {ChannelColumn},{ReceivedColumn},{FirstReplyColumn})"));
        return columns;
    }

    // An id from a hostile file could be megabytes long; a message quotes only the start.
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..60], "…");
}
