using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Support;

/// <summary>A small valid ssla.yaml with an <c>agreement:</c> block supplied by the test, and where things are in it.</summary>
public static class AgreementYaml
{
    public const string FileName = "ssla.yaml";

    public const string Base = """
        brand: {name: Acme Air, slug: acme-air, timezone: America/New_York}
        channels:
          - {id: x-help, platform: x, handle: "@AcmeAirHelp", purpose: support, summary: Help., hours: {mon-fri: "09:00-18:00"}, reply: {within: 15m}}
          - {id: facebook, platform: facebook, handle: AcmeAir, purpose: questions, summary: Questions., hours: always, reply: {within: 4h}}

        """;

    /// <summary>A complete agreement the tests vary one line at a time.</summary>
    public const string Full = """
        agreement:
          parties:
            company: {name: Acme Air Inc., representative: Dana Ruiz}
            provider: {name: Brightline Social, kind: agency}
          effective: 2026-01-01
          scope: [community_management, {service: content_creation, details: "20 posts a month"}]
          kpis:
            - {kpi: on_time_first_replies, target: 95%}
            - {kpi: first_reply_median, target: 20m, window: rolling 90d}
          crisis:
            contacts:
              - {id: duty, name: Duty manager, party: provider, phone: "+44 20 7946 0123"}
              - {id: dana, name: Dana Ruiz, role: Head of Care, party: company, email: dana@acme-air.example}
            levels:
              - {id: sev1, name: Critical, call: [duty, dana], within: 15m, updates_every: 30m, statement: We are looking into it.}
          review: {cadence: quarterly, termination_notice: 60d}
          conditions:
            - {kpi: on_time_first_replies, months_running: 3, action: review}
            - {kpi: on_time_first_replies, below: 85, months_running: 2, action: terminate}
        """;

    /// <summary>The base file followed by <paramref name="agreement"/>.</summary>
    public static string With(string agreement) => Base + agreement + "\n";

    /// <summary>Loads YAML text as the file <c>ssla.yaml</c>.</summary>
    public static Promise Load(string yaml) => new PromiseLoader().Load(yaml, Path.Combine(Path.GetTempPath(), FileName), FileName);

    /// <summary>The problems loading <paramref name="yaml"/> reports (fails the test if it loads).</summary>
    public static IReadOnlyList<Diagnostic> Problems(string yaml) =>
        Assert.Throws<DefinitionException>(() => Load(yaml)).Diagnostics;

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string yaml, string text)
    {
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the YAML");
        var before = yaml[..index];
        var line = before.Count(c => c == '\n') + 1;
        return (line, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
