using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Input;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Reads <c>notices:</c> and <c>announce_days:</c>: windows, channels, kinds, texts and temporary promises, each
/// problem located. Two notices that change the reply promise of one channel at the same time are an error: the
/// page could not say which promise holds.
/// </summary>
internal static class NoticesReader
{
    /// <summary>How many days ahead closures are announced when the file does not say.</summary>
    public const int DefaultAnnounceDays = 14;

    private const int MaxAnnounceDays = 365;

    // Local times in the brand's zone, or instants with an offset ("Z", "+01:00"); a date alone is its midnight.
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>"),
    ];

    public static ImmutableArray<Notice> Read(MappingReader root, DateTimeZone? zone, IReadOnlyList<string> channelIds,
        LanguageScope? scope, bool hasCrisis)
    {
        var nodes = root.List("notices");
        if (nodes.Count > InputLimits.Notices)
        {
            root.Bag.Add(root.Node("notices")!, "notices",
                $"{nodes.Count} notices; one ssla.yaml may have at most {InputLimits.Notices} (remove those long over)");
            return [];
        }
        var notices = new List<(Notice Notice, YamlNode Node)>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = new MappingReader(nodes[i], $"notices[{i}]", DefinitionKeys.Notice, root.Bag);
            if (nodes[i] is not YamlMappingNode) continue;
            var notice = ReadNotice(r, zone, channelIds, scope, hasCrisis);
            if (notice is null) continue;
            if (!ids.TryAdd(notice.Id, r.Node("id")!))
                r.Bag.Add(r.Node("id")!, r.Child("id"), $"duplicate id {UntrustedText.Quote(notice.Id)} (first used at line {ids[notice.Id].Start.Line})");
            else notices.Add((notice, nodes[i]));
        }
        CheckOverlaps(notices, root.Bag);
        return [.. notices.Select(n => n.Notice)];
    }

    /// <summary>Reads <c>announce_days</c>: how many days before a closure pages announce it.</summary>
    public static int ReadAnnounceDays(MappingReader root)
    {
        var text = root.String("announce_days");
        if (text is null) return DefaultAnnounceDays;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxAnnounceDays) return days;
        root.Bag.Add(root.Node("announce_days")!, "announce_days",
            $"{UntrustedText.Quote(text)} is not a number of days from 0 to {MaxAnnounceDays}; write e.g. announce_days: 14");
        return DefaultAnnounceDays;
    }

    private static Notice? ReadNotice(MappingReader r, DateTimeZone? zone, IReadOnlyList<string> channelIds, LanguageScope? scope, bool hasCrisis)
    {
        var id = ReadId(r);
        var kind = ReadKind(r);
        var from = ReadTime(r, "from", zone, required: true);
        var until = ReadTime(r, "until", zone, required: false);
        var ok = true;
        if (from is not null && until is not null && until <= from)
        {
            r.Bag.Add(r.Node("until")!, r.Child("until"), $"'until' ({Show(until.Value)}) is not after 'from' ({Show(from.Value)})");
            ok = false;
        }
        if (kind == NoticeKind.PlannedClosure && until is null && r.Has("from") && !r.Has("until"))
        {
            r.Bag.Add(r.Mapping, r.Field, "a planned closure needs 'until': when replies resume is what customers ask first");
            ok = false;
        }
        if (kind == NoticeKind.Crisis && !hasCrisis)
        {
            r.Bag.Add(r.Node("kind")!, r.Child("kind"),
                "a crisis notice puts the crisis statement and contact first on every page: add a top-level 'crisis:' with 'contact' and 'statement'");
            ok = false;
        }
        var channels = ReadChannels(r, channelIds, ref ok);
        var text = LocalizedTextReader.Read(r, "text", scope, required: true);
        var reply = ReadReply(r, kind, ref ok);
        var updates = ReadUpdates(r, zone, scope, from, until, ref ok);
        return id is null || kind is null || from is null || text is null || !ok
            ? null
            : new Notice(id, kind.Value, from.Value, until, channels, text, reply) { Updates = updates };
    }

    private static string? ReadId(MappingReader r)
    {
        var text = r.String("id", required: true);
        if (text is null) return null;
        if (SlugRule.IsSlug(text)) return text;
        r.Bag.Add(r.Node("id")!, r.Child("id"),
            $"{UntrustedText.Quote(text)} is not a safe id: use 1-63 lowercase letters, digits and dashes (it names the notice in the feed for good)");
        return null;
    }

    private static NoticeKind? ReadKind(MappingReader r)
    {
        var text = r.String("kind");
        if (text is null) return r.Has("kind") ? null : NoticeKind.Info;
        for (var i = 0; i < Notice.KindKeywords.All.Count; i++)
            if (string.Equals(Notice.KindKeywords.All[i], text, StringComparison.OrdinalIgnoreCase)) return (NoticeKind)i;
        r.Bag.Add(r.Node("kind")!, r.Child("kind"),
            $"{UntrustedText.Quote(text)} is not one of {string.Join(", ", Notice.KindKeywords.All)}{DidYouMean.Suggest(text, Notice.KindKeywords.All)}");
        return null;
    }

    // updates: [{at, text}]: an incident's progress under one id. Each is dated inside the window (an update before the
    // notice starts, or after it ends, would never show); two at one instant would leave their order to chance.
    private static ImmutableArray<NoticeUpdate> ReadUpdates(MappingReader r, DateTimeZone? zone, LanguageScope? scope, Instant? from, Instant? until, ref bool ok)
    {
        if (!r.Has("updates")) return [];
        var nodes = r.List("updates");
        if (nodes.Count > InputLimits.NoticeUpdates)
        {
            r.Bag.Add(r.Node("updates")!, r.Child("updates"),
                $"{nodes.Count} updates; a notice may have at most {InputLimits.NoticeUpdates} (start a new notice for a new chapter)");
            ok = false;
            return [];
        }
        var updates = new List<NoticeUpdate>();
        var seen = new Dictionary<Instant, YamlNode>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var u = new MappingReader(nodes[i], $"{r.Child("updates")}[{i}]", DefinitionKeys.NoticeUpdate, r.Bag);
            if (nodes[i] is not YamlMappingNode)
            {
                ok = false;
                continue;
            }
            var at = ReadTime(u, "at", zone, required: true);
            var text = LocalizedTextReader.Read(u, "text", scope, required: true);
            if (at is not { } instant || text is null)
            {
                ok = false;
                continue;
            }
            if ((from is { } start && instant < start) || (until is { } end && instant >= end))
            {
                u.Bag.Add(u.Node("at")!, u.Child("at"),
                    $"{Show(instant)} is outside the notice's window ({(from is { } f ? Show(f) : "?")} to {(until is { } e2 ? Show(e2) : "open")}); an update is shown from its time until the notice ends");
                ok = false;
                continue;
            }
            if (!seen.TryAdd(instant, nodes[i]))
            {
                u.Bag.Add(u.Node("at")!, u.Child("at"), $"another update has the same time (line {seen[instant].Start.Line}); give each its own minute");
                ok = false;
                continue;
            }
            updates.Add(new NoticeUpdate(instant, text));
        }
        // Oldest first whatever the file's order: the feed, ssla.json and pages all list them by time.
        return [.. updates.OrderBy(x => x.At)];
    }

    private static ImmutableArray<string> ReadChannels(MappingReader r, IReadOnlyList<string> channelIds, ref bool ok)
    {
        if (!r.Has("channels")) return [.. channelIds];
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, text) in r.Strings("channels"))
        {
            if (!channelIds.Contains(text, StringComparer.Ordinal))
            {
                r.Bag.Add(node, r.Child("channels"),
                    $"unknown channel {UntrustedText.Quote(text)}{DidYouMean.Suggest(text, channelIds)}; channels: {string.Join(", ", channelIds)}");
                ok = false;
            }
            else if (!named.Add(text))
            {
                r.Bag.Add(node, r.Child("channels"), $"{UntrustedText.Quote(text)} is listed twice");
                ok = false;
            }
        }
        if (named.Count == 0 && ok)
        {
            r.Bag.Add(r.Node("channels")!, r.Child("channels"), "list the channel ids it touches, or leave 'channels' out for all of them");
            ok = false;
        }
        // In the file's channel order, so reordering the list changes no output.
        return [.. channelIds.Where(named.Contains)];
    }

    private static ReplyTime? ReadReply(MappingReader r, NoticeKind? kind, ref bool ok)
    {
        var node = r.Node("reply");
        if (node is null) return null;
        var m = new MappingReader(node, r.Child("reply"), DefinitionKeys.NoticeReply, r.Bag);
        var text = m.String("within", required: true);
        if (text is null)
        {
            ok = false;
            return null;
        }
        if (kind == NoticeKind.PlannedClosure)
        {
            r.Bag.Add(node, r.Child("reply"), "a planned closure promises no reply during its window; use kind: degraded for slower replies");
            ok = false;
            return null;
        }
        var within = DurationText.TryParseReplyTime(text);
        if (within is not null && within.Nominal > Duration.Zero) return within;
        r.Bag.Add(m.Node("within")!, m.Child("within"), $"{UntrustedText.Quote(text)} is not a duration; write e.g. 15m, 4h, 1h30m or 2d");
        ok = false;
        return null;
    }

    private static Instant? ReadTime(MappingReader r, string key, DateTimeZone? zone, bool required)
    {
        var text = r.String(key, required);
        if (text is null) return null;
        var normal = text.Trim().Replace(' ', 'T');
        Instant? instant = null;
        foreach (var pattern in OffsetPatterns)
            if (pattern.Parse(normal) is { Success: true } offset) instant = offset.Value.ToInstant();
        foreach (var pattern in LocalPatterns)
            if (instant is null && zone is not null && pattern.Parse(normal) is { Success: true } local) instant = local.Value.InZoneLeniently(zone).ToInstant();
        if (instant is null && zone is not null && LocalDatePattern.Iso.Parse(normal) is { Success: true } date)
            instant = date.Value.AtStartOfDayInZone(zone).ToInstant();
        if (instant is { } value && value.InUtc().Date >= InputLimits.EarliestDate && value.InUtc().Date <= InputLimits.LatestDate)
            return value;
        // Without a valid brand zone a local time cannot be read; the zone's own error says why.
        if (zone is not null || instant is not null)
            r.Bag.Add(r.Node(key)!, r.Child(key), UntrustedText.Quote(text) + NotATime);
        return null;
    }

    // Two temporary promises for one channel at one instant would leave the page guessing which holds.
    private static void CheckOverlaps(List<(Notice Notice, YamlNode Node)> notices, DiagnosticBag bag)
    {
        for (var i = 0; i < notices.Count; i++)
        for (var j = 0; j < i; j++)
        {
            var (a, b) = (notices[j].Notice, notices[i].Notice);
            if (a.Reply is null || b.Reply is null || !Overlap(a, b)) continue;
            var shared = b.Channels.FirstOrDefault(a.Touches);
            if (shared is null) continue;
            bag.Add(notices[i].Node, $"notices[{i}]",
                $"overlaps notice '{a.Id}' (line {notices[j].Node.Start.Line}) on channel '{shared}', and both change its reply promise; end one before the other starts");
        }
    }

    private static bool Overlap(Notice a, Notice b) =>
        (b.Until is not { } bUntil || a.From < bUntil) && (a.Until is not { } aUntil || b.From < aUntil);

    private static readonly string NotATime = string.Create(CultureInfo.InvariantCulture,
        $" is not a time from {InputLimits.EarliestDate:yyyy-MM-dd} to {InputLimits.LatestDate:yyyy-MM-dd}; ") +
        "write 2026-12-24T18:00 (the brand's time zone), 2026-12-24T23:00Z or 2026-12-24T18:00-05:00";

    private static string Show(Instant instant) => InstantPattern.General.Format(instant);
}
