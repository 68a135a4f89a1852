using SslaPublisher.Agreement;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>Builds the <see cref="AgreementModel"/> of a promise in one language for one output format.</summary>
/// <remarks>
/// The labels, terms and sentences are the page language's (<see cref="AgreementWords"/>); what the brand typed
/// in <c>agreement:</c> and the promise's own localized texts (off-hours rules, closure reasons, the public crisis
/// statement) come in the page's language when the brand gave one, else in the default language marked with it by
/// the <see cref="AgreementTextPolicy"/>; names (parties, people) are shown as written.
/// </remarks>
internal sealed class AgreementModelBuilder(PlatformCatalog platforms, AgreementTextPolicy text, UiStrings strings)
{
    private readonly AgreementWords _words = new(strings);

    private string Language => strings.Language;

    /// <summary>The model; the promise must carry an agreement.</summary>
    public AgreementModel Build(Promise promise)
    {
        var agreement = promise.Agreement ?? throw new ArgumentException("The promise has no agreement.", nameof(promise));
        var parties = agreement.Parties;
        return new AgreementModel(
            text.Plain(_words["title", ("company", Bidi.Isolate(parties.Company.Name, Language)), ("provider", Bidi.Isolate(parties.Provider.Name, Language))]),
            Language,
            LanguageTag.Direction(Language),
            strings.ToTree(),
            promise.Brand.Colors.Background.ToHex(),
            promise.Brand.Colors.Background.BestTextColor().ToHex(),
            promise.Brand.Colors.Accent.ToHex(),
            text.Sentence(strings.Text("agreement.intro"), [("brand", Bidi.Isolate(promise.Brand.Name, Language))]),
            agreement.Effective is { } effective ? text.Plain(_words["effective", ("date", _words.Date(effective))]) : null,
            Party("company", parties.Company),
            Party("provider", parties.Provider),
            [.. agreement.Scope.Select(Service)],
            [.. promise.Channels.Select(Channel)],
            [.. agreement.Kpis.Select(Kpi)],
            agreement.CrisisPlan is { } plan ? Crisis(plan) : null,
            promise.Crisis is { } c ? PublicCrisis(c) : null,
            agreement.Review is { } review ? Review(review) : null,
            [.. agreement.Conditions.Select(Condition)]);
    }

    private PartyView Party(string side, Party party) => new(
        text.Plain(_words["side." + side]),
        text.Own(party.Name),
        party.Kind == PartyKind.Company ? null : text.Plain(_words["kind." + party.Kind switch
        {
            PartyKind.Agency => "agency",
            PartyKind.InternalTeam => "internal_team",
            _ => "freelancer",
        }]),
        party.Representative is null ? null : text.Sentence(strings.Text("agreement.represented_by"), [("name", party.Representative)], own: ["name"]),
        party.Contact is null ? null : text.Sentence(strings.Text("agreement.contact"), [("contact", party.Contact)], own: ["contact"]));

    private ServiceView Service(ServiceItem service) => new(
        service.IsKnown ? text.Plain(_words["services." + service.Id]) : text.Localized(service.Name),
        text.Inline(service.Details));

    private ChannelPromiseView Channel(Channel channel) => new(
        text.Plain(channel.Id),
        text.Plain(platforms[channel.Platform].DisplayName),
        text.Plain(Bidi.Ltr(channel.Handle, Language)),
        text.Url(channel.ProfileUrl),
        text.Plain(strings.Text("pages.purpose." + channel.Purpose.ToString().ToLowerInvariant())),
        text.Plain(strings.ReplyPromise(channel)),
        channel.Reply.OffHours.Text is { } rule
            ? text.Localized(rule)
            : text.Plain(strings.Text("report.next_opening")),
        [.. HoursLines(channel).Select(text.Plain)],
        text.Plain(Bidi.Ltr(channel.TimeZone.Id, Language)),
        [.. channel.Closed.Select(Closed)],
        text.Plain(_words.Locale.List(channel.Languages.Select(l => LanguageNames.In(Language, l)))));

    // The schedule's own summary, so the agreement reads the hours exactly as the promise pages do.
    private IEnumerable<string> HoursLines(Channel channel)
    {
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        var format = strings.SummaryFormat(TimeStyle.Full);
        if (summary.IsAlways) return [format.AlwaysText];
        if (summary.IsNeverStaffed) return [format.NeverText];
        return WeeklySummaryFormatter.InWeekOrder(summary, format).Select(line => WeeklySummaryFormatter.FormatLine(line, format).Replace('\u00A0', ' '));
    }

    private ClosedView Closed(ClosedPeriod period)
    {
        var dates = period.From == period.To
            ? _words.Date(period.From)
            : strings.Format("pages.date_range", ("from", _words.Date(period.From)), ("to", _words.Date(period.To)));
        return new ClosedView(text.Plain(dates), period.Reason is null ? null : text.Localized(period.Reason));
    }

    private KpiView Kpi(KpiTarget kpi) => new(
        text.Plain(kpi.Kpi.Id),
        kpi.Kpi.IsKnown ? text.Plain(_words.KpiName(kpi.Kpi)) : text.Localized(kpi.Kpi.Name),
        text.Plain(_words.Target(kpi)),
        text.Plain(_words.Window(kpi.Window)),
        _words.KpiDescription(kpi.Kpi) is { } description ? text.Plain(description) : null,
        text.Inline(kpi.Notes),
        !kpi.Kpi.IsKnown);

    private CrisisView Crisis(CrisisPlan plan) => new(
        [.. plan.Contacts.Select(c => new ContactView(
            text.Plain(c.Id),
            text.Own(c.Name),
            c.Role is null ? null : text.Localized(c.Role),
            text.Plain(_words["side." + (c.Party == PartySide.Company ? "company" : "provider")]),
            c.Phone is null ? null : text.Plain(Bidi.Ltr(c.Phone, Language)),
            c.PhoneUrl is null ? null : text.Url(c.PhoneUrl),
            c.Email is null ? null : text.Plain(Bidi.Ltr(c.Email, Language)),
            c.Email is null ? null : text.Url("mailto:" + c.Email)))],
        [.. plan.Levels.Select(l => new LevelView(
            text.Plain(l.Id),
            text.Localized(l.Name),
            text.Inline(l.When),
            text.Plain(_words["call_within", ("duration", _words.Duration(l.Within))]),
            text.OwnList(l.Call.Select(Callee), _words.Locale.ListSeparator),
            l.UpdatesEvery is { } every ? text.Plain(_words["updates_every", ("duration", _words.Duration(every))]) : null,
            text.Localized(l.Statement)))]);

    // "Dana Ruiz (Head of Customer Care)": the role in the page's language when given; the whole item in the role's
    // language, since the name is the same in every language.
    private LocalizedValue Callee(CrisisContact contact)
    {
        if (contact.Role is null) return new LocalizedValue(contact.Name, text.TextLanguage, IsFallback: false);
        var role = contact.Role.In(Language);
        return role with { Text = $"{contact.Name} ({role.Text})" };
    }

    private PublicCrisisView PublicCrisis(Crisis crisis) => new(
        text.Plain(_words["public_crisis", ("contact", Bidi.Ltr(crisis.Contact, Language))]),
        // Markdown as on the promise page, so its status link is a link there and here.
        text.Inline(crisis.Statement)!);

    private ReviewView Review(ReviewTerms review) => new(
        text.Sentence(strings.Text("agreement.review"), [("cadence", _words.Cadence(review.Cadence))], strong: ["cadence"]),
        review.TerminationNotice is { } notice
            ? text.Sentence(strings.Text("agreement.termination"), [("notice", _words.Duration(notice))], strong: ["notice"])
            : null,
        text.Block(review.Notes));

    private ConditionView Condition(AgreementCondition condition)
    {
        var (pattern, values) = _words.Condition(condition);
        var kpi = condition.Kpi.Kpi;
        var custom = kpi.IsKnown ? Array.Empty<string>() : ["kpi"];
        return new ConditionView(text.Sentence(pattern, values, strong: ["kpi", "action"], own: custom, ownLanguage: kpi.Name.In(Language).Language),
            text.Inline(condition.Notes));
    }
}
