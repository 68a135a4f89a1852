using System.Globalization;
using NodaTime;
using SslaPublisher.Agreement;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Schedule;

using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>Builds the <see cref="AgreementModel"/> of a promise for one output format.</summary>
internal sealed class AgreementModelBuilder(PlatformCatalog platforms, AgreementTextPolicy text, UiStrings strings)
{
    /// <summary>The model; the promise must carry an agreement.</summary>
    public AgreementModel Build(Promise promise)
    {
        var agreement = promise.Agreement ?? throw new ArgumentException("The promise has no agreement.", nameof(promise));
        var parties = agreement.Parties;
        return new AgreementModel(
            text.Plain($"Social media service agreement: {parties.Company.Name} and {parties.Provider.Name}"),
            text.Plain(promise.Brand.Name),
            // The agreement's labels are English (templates/agreement); override the templates to translate it.
            "en",
            promise.Brand.Colors.Background.ToHex(),
            promise.Brand.Colors.Background.BestTextColor().ToHex(),
            promise.Brand.Colors.Accent.ToHex(),
            Party("Company", parties.Company),
            Party("Provider", parties.Provider),
            agreement.Effective?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            [.. agreement.Scope.Select(s => new ServiceView(text.Plain(s.Name), text.Inline(s.Details)))],
            [.. promise.Channels.Select(Channel)],
            [.. agreement.Kpis.Select(Kpi)],
            agreement.CrisisPlan is { } plan ? Crisis(plan) : null,
            promise.Crisis is { } c ? new PublicCrisisView(text.Plain(c.Contact), text.Plain(c.Statement.Default)) : null,
            agreement.Review is { } review ? Review(review) : null,
            [.. agreement.Conditions.Select(Condition)]);
    }

    private PartyView Party(string side, Party party) => new(
        side,
        text.Plain(party.Name),
        party.Kind switch
        {
            PartyKind.Company => "company",
            PartyKind.Agency => "agency",
            PartyKind.InternalTeam => "internal team",
            _ => "freelancer",
        },
        party.Representative is null ? null : text.Plain(party.Representative),
        party.Contact is null ? null : text.Plain(party.Contact));

    private ChannelPromiseView Channel(Channel channel) => new(
        text.Plain(channel.Id),
        text.Plain(platforms[channel.Platform].DisplayName),
        text.Plain(channel.Handle),
        text.Url(channel.ProfileUrl),
        channel.Purpose.ToString().ToLowerInvariant(),
        text.Plain(strings.ReplyPromise(channel)),
        text.Plain(channel.Reply.OffHours.IsNextOpening
            ? "the clock starts at the next opening"
            : channel.Reply.OffHours.Text!.Default),
        [.. HoursLines(channel).Select(text.Plain)],
        text.Plain(channel.TimeZone.Id),
        [.. channel.Closed.Select(Closed)],
        text.Plain(string.Join(", ", channel.Languages)));

    // The schedule's own summary, so the agreement reads the hours exactly as the promise pages do.
    private IEnumerable<string> HoursLines(Channel channel)
    {
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        var format = strings.SummaryFormat(TimeStyle.Full);
        if (summary.IsAlways) return [format.AlwaysText];
        if (summary.IsNeverStaffed) return [format.NeverText];
        return WeeklySummaryFormatter.InWeekOrder(summary, format).Select(line => WeeklySummaryFormatter.FormatLine(line, format).Replace('\u00A0', ' '));
    }

    private string Closed(ClosedPeriod period)
    {
        var dates = period.From == period.To ? Date(period.From) : $"{Date(period.From)} to {Date(period.To)}";
        return text.Plain(period.Reason is null ? dates : $"{dates} ({period.Reason.Default})");
    }

    private KpiView Kpi(KpiTarget kpi) => new(
        text.Plain(kpi.Kpi.Id),
        text.Plain(kpi.Kpi.Name),
        text.Plain(kpi.TargetText),
        text.Plain(kpi.Window.ToString()),
        kpi.Kpi.Description is null ? null : text.Plain(kpi.Kpi.Description),
        text.Inline(kpi.Notes),
        !kpi.Kpi.IsKnown);

    private CrisisView Crisis(CrisisPlan plan) => new(
        [.. plan.Contacts.Select(c => new ContactView(
            text.Plain(c.Id),
            text.Plain(c.Name),
            c.Role is null ? null : text.Plain(c.Role),
            c.Party == PartySide.Company ? "company" : "provider",
            c.Phone is null ? null : text.Plain(c.Phone),
            c.PhoneUrl is null ? null : text.Url(c.PhoneUrl),
            c.Email is null ? null : text.Plain(c.Email),
            c.Email is null ? null : text.Url("mailto:" + c.Email)))],
        [.. plan.Levels.Select(l => new LevelView(
            text.Plain(l.Id),
            text.Plain(l.Name),
            text.Inline(l.When),
            [.. l.Call.Select(c => text.Plain(c.Role is null ? c.Name : $"{c.Name} ({c.Role})"))],
            DurationText.Format(l.Within),
            l.UpdatesEvery is { } every ? DurationText.Format(every) : null,
            text.Plain(l.Statement)))]);

    private ReviewView Review(ReviewTerms review) => new(
        review.Cadence == ReviewCadence.HalfYearly ? "half-yearly" : review.Cadence.ToString().ToLowerInvariant(),
        review.TerminationNotice is { } notice ? LongDuration(notice) : null,
        text.Block(review.Notes));

    private ConditionView Condition(AgreementCondition condition) => new(
        text.Plain(condition.Kpi.Kpi.Name),
        text.Plain(condition.ComparisonText),
        condition.RunText,
        condition.ActionText,
        text.Inline(condition.Notes));

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    // Notice periods read better in words: "60 days", "2 weeks" is not guessed; whole days or the compact form.
    private static string LongDuration(Duration duration) =>
        duration.BclCompatibleTicks % TimeSpan.TicksPerDay == 0
            ? (duration.Days == 1 ? "1 day" : $"{duration.Days} days")
            : DurationText.Format(duration);
}
