using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

/// <summary>A small promise and CSV helpers shared by the reporting tests.</summary>
internal static class ReportingFixtures
{
    /// <summary>x-help: New York, weekdays 09–18, 15m. insta: weekdays 09–17, 1d, free-text off hours. ops: London, always, 30m.</summary>
    public const string Yaml = """
        brand: {name: "Acme <Air> & \"Co\"", slug: acme-air, timezone: America/New_York}
        channels:
          - {id: x-help, platform: x, handle: "@AcmeAirHelp", purpose: support, summary: Help., hours: {mon-fri: "09:00-18:00"}, reply: {within: 15m, off_hours: next-opening}}
          - {id: insta, platform: instagram, handle: "@acmeair", purpose: community, summary: Photos., hours: {mon-fri: "09:00-17:00"}, reply: {within: 1d, off_hours: "Weekend messages are answered on Monday."}}
          - {id: ops, platform: mastodon, handle: "@ops@mastodon.example", purpose: support, summary: Ops., timezone: Europe/London, hours: always, reply: {within: 30m}}

        """;

    public const string AgreementBlock = """
        agreement:
          parties:
            company: {name: Acme Air Inc.}
            provider: {name: Brightline Social, kind: agency}
          scope: [customer_care]
          kpis:
            - {kpi: on_time_first_replies, target: 90%}
            - {kpi: first_reply_median, target: 20m}
            - {kpi: csat, target: 4.3}
          conditions:
            - {kpi: on_time_first_replies, months_running: 3, action: review}
            - {kpi: on_time_first_replies, below: 50%, months_running: 2, action: terminate}
            - {kpi: csat, months_running: 1, action: renegotiate}
        """;

    public static Promise Promise(bool withAgreement = false) =>
        new PromiseLoader().Load(withAgreement ? Yaml + AgreementBlock : Yaml, "/virtual/ssla.yaml");

    public static Instant At(string text) => Schedule.ScheduleFixtures.At(text);

    /// <summary>The track record of <paramref name="rows"/> (header added) as of <paramref name="asOf"/>.</summary>
    public static TrackRecord Measure(string rows, string asOf, bool withAgreement = false, bool skipBadRows = false) =>
        TrackRecordReader.Read(Promise(withAgreement), new StringReader("channel,received_at,first_reply_at\n" + rows), At(asOf), skipBadRows);

    public static ChannelRecord Channel(this TrackRecord record, string id) => record.Channels.Single(c => c.Channel.Id == id);
}
