using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla due</c>: when a reply to a message received at a given instant is due on one channel.</summary>
internal sealed class DueCommand : SslaCommand
{
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<string> _channel = new("--channel", "-c") { Description = "Id of the channel (as in ssla.yaml).", Required = true };
    private readonly Option<Instant> _received = new("--received", "-r")
    {
        Description = "When the message arrived, ISO-8601 with Z or an offset: 2026-11-23T13:55:00Z, 2026-11-23T08:55-05:00.",
        Required = true,
        CustomParser = ParseInstant,
    };

    public DueCommand() : base("due", """
        Print when a reply is due: the instant at which the channel's promise, counted in staffed time
        only, runs out. Shown in UTC and in the channel's zone. Notices count: a planned closure takes
        its window out of the staffed hours, and a temporary promise holds for messages received in
        its window.
        Exit code 0 when computed (or when the off-hours rule is free text), 1 for invalid input or an
        unknown channel, 2 for a usage error such as a malformed instant.

        Example:
          ssla due examples/acme-air/ssla.yaml --channel x-help --received 2026-11-20T22:55:00Z
        """)
    {
        Command.Arguments.Add(_file);
        Command.Options.Add(_channel);
        Command.Options.Add(_received);
    }

    protected override Task<int> RunAsync(CommandRun run)
    {
        var path = InputResolver.DefinitionPath(run.Get(_file)!);
        var promise = InputResolver.Load(path);
        var id = run.Get(_channel)!;
        var found = promise.Channels.FirstOrDefault(c => c.Id == id)
            ?? throw CommandFailure.Input($"{path}: no channel '{id}'; channels: {string.Join(", ", promise.Channels.Select(c => c.Id))}");
        Write(run.Output, found, ChannelSchedule.For(promise, found), run.Get(_received));
        return Task.FromResult(ExitCodes.Ok);
    }

    private static void Write(TextWriter output, Channel channel, ChannelSchedule schedule, Instant received)
    {
        var due = schedule.ReplyDueBy(received);
        var strings = UiStrings.Load(TemplateSet.Default, UiStrings.FallbackLanguage);
        var temporary = schedule.TemporaryPromiseAt(received);
        // Say whose promise it is: a due time an agent did not expect must show the notice that changed it.
        var promise = temporary is null
            ? strings.ReplyPromise(channel)
            : $"{strings.ReplyPromise(temporary.Within, schedule.IsStaffedEveryDay)}, the temporary promise of notice '{temporary.NoticeId}'";
        if (due is { } instant)
        {
            var local = instant.InZone(channel.TimeZone);
            output.WriteLine($"utc:   {InstantPattern.ExtendedIso.Format(instant)}");
            output.WriteLine($"local: {LocalWithOffset.Format(local.ToOffsetDateTime())} {channel.TimeZone.Id} ({local.DayOfWeek.ToString()[..3]})");
            output.WriteLine($"({promise} on {channel.Id}, received {InstantPattern.ExtendedIso.Format(received)})");
            WriteClosures(output, channel, schedule, received, instant);
            return;
        }
        output.WriteLine(schedule.HasHours
            ? $"no due instant: received while {channel.Id} is closed, and its off-hours rule is: {channel.Reply.OffHours.Text}"
            : $"no due instant: {channel.Id} has no staffed hours");
        if (schedule.NextStaffedStart(received) is { } opening)
            output.WriteLine($"next opening: {InstantPattern.ExtendedIso.Format(opening)} " +
                             $"({LocalWithOffset.Format(opening.InZone(channel.TimeZone).ToOffsetDateTime())} {channel.TimeZone.Id})");
    }

    // Planned closures between receipt and due moved the due time; name them so the answer can be checked.
    private static void WriteClosures(TextWriter output, Channel channel, ChannelSchedule schedule, Instant received, Instant due)
    {
        foreach (var (id, window) in schedule.ClosureWindows.Where(c => c.Window.Start < due && c.Window.End > received))
            output.WriteLine($"closed {InstantPattern.ExtendedIso.Format(window.Start)} to {InstantPattern.ExtendedIso.Format(window.End)} " +
                             $"by notice '{id}' ({LocalWithOffset.Format(window.Start.InZone(channel.TimeZone).ToOffsetDateTime())} to " +
                             $"{LocalWithOffset.Format(window.End.InZone(channel.TimeZone).ToOffsetDateTime())} {channel.TimeZone.Id})");
    }

    // Offsets always as +HH:mm: "-05" alone reads like a typo, and scripts split on a fixed shape.
    private static readonly OffsetDateTimePattern LocalWithOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    // An instant needs a zone designator: a bare local time would silently mean different moments to different readers.
    internal static Instant ParseInstant(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant) return instant.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset) return offset.Value.ToInstant();
        if (OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Parse(text) is { Success: true } shortOffset)
            return shortOffset.Value.ToInstant();
        result.AddError(string.Create(CultureInfo.InvariantCulture,
            $"'{text}' is not an ISO-8601 instant; write it with Z or an offset, e.g. 2026-11-23T13:55:00Z or 2026-11-23T08:55:00-05:00"));
        return default;
    }
}
