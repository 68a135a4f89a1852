using NodaTime;
using SslaPublisher.Agreement;
using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

public class AgreementReaderTests
{
    [Fact]
    public void Should_read_every_part_of_the_agreement_into_records()
    {
        // Given a file with a complete agreement
        var yaml = AgreementYaml.With(AgreementYaml.Full);

        // When it is loaded
        var agreement = AgreementYaml.Load(yaml).Agreement!;

        // Then parties, scope, KPIs, crisis plan, review and conditions are all there, linked to each other
        Assert.Equal("Acme Air Inc.", agreement.Parties.Company.Name);
        Assert.Equal("Dana Ruiz", agreement.Parties.Company.Representative);
        Assert.Equal(PartyKind.Agency, agreement.Parties.Provider.Kind);
        Assert.Equal(new LocalDate(2026, 1, 1), agreement.Effective);
        Assert.Equal(["community_management", "content_creation"], agreement.Scope.Select(s => s.Id).ToArray());
        Assert.Equal("20 posts a month", agreement.Scope[1].Details?.Default);
        var onTime = agreement.FindKpi(KpiCatalog.OnTimeFirstReplies)!;
        Assert.Equal(95m, onTime.Target);
        Assert.Same(KpiUnit.Percent, onTime.Kpi.Unit);
        Assert.Equal(MeasurementWindow.Monthly, onTime.Window);
        var median = agreement.FindKpi("first_reply_median")!;
        Assert.Equal(20m, median.Target);
        Assert.Equal(new MeasurementWindow(WindowKind.Rolling, 90), median.Window);
        var level = agreement.CrisisPlan!.Levels.Single();
        Assert.Equal(["duty", "dana"], level.Call.Select(c => c.Id).ToArray());
        Assert.Equal("tel:+442079460123", level.Call[0].PhoneUrl);
        Assert.Equal(Duration.FromMinutes(15), level.Within);
        Assert.Equal(Duration.FromMinutes(30), level.UpdatesEvery);
        Assert.Equal(ReviewCadence.Quarterly, agreement.Review!.Cadence);
        Assert.Equal(Duration.FromDays(60), agreement.Review.TerminationNotice);
        Assert.Equal(2, agreement.Conditions.Length);
        Assert.Same(onTime, agreement.Conditions[0].Kpi);
        Assert.Equal((ConditionComparison.MissesTarget, 3, ConditionAction.Review),
            (agreement.Conditions[0].Comparison, agreement.Conditions[0].MonthsRunning, agreement.Conditions[0].Action));
        Assert.Equal((ConditionComparison.Below, 85m, ConditionAction.Terminate),
            (agreement.Conditions[1].Comparison, agreement.Conditions[1].Threshold!.Value, agreement.Conditions[1].Action));
    }

    [Fact]
    public void Should_load_the_example_brands_full_agreement()
    {
        // Given the example brand
        // When it is loaded
        var agreement = new PromiseLoader().LoadFile(RepoPaths.Example()).Agreement;

        // Then it carries a full agreement with an agency provider
        Assert.NotNull(agreement);
        Assert.Equal(PartyKind.Agency, agreement.Parties.Provider.Kind);
        Assert.NotEmpty(agreement.Scope);
        Assert.Contains(agreement.Kpis, k => k.Kpi.Id == KpiCatalog.OnTimeFirstReplies);
        Assert.Contains(agreement.Kpis, k => !k.Kpi.IsKnown);
        Assert.NotEmpty(agreement.CrisisPlan!.Levels);
        Assert.NotNull(agreement.Review);
        Assert.Contains(agreement.Conditions, c => c.Kpi.Kpi.Id == KpiCatalog.OnTimeFirstReplies && c.MonthsRunning == 3);
    }

    [Fact]
    public void Should_read_every_prose_field_of_the_agreement_as_a_map_by_language()
    {
        // Given an English and Spanish brand whose agreement writes each prose field in both languages
        var yaml = AgreementYaml.With("""
            agreement:
              parties: {company: {name: Acme Air Inc.}, provider: {name: Brightline Social}}
              scope:
                - {service: crew_stories, name: {en: Crew stories, es: Historias de la tripulación}, details: {en: One video a month., es: Un vídeo al mes.}}
              kpis:
                - {kpi: on_time_first_replies, target: 95%, notes: {en: Per channel., es: Por canal.}}
                - {kpi: share_of_voice, name: {en: Share of voice, es: Cuota de conversación}, unit: percent, target: 12}
              crisis:
                contacts: [{id: duty, name: Duty manager, role: {en: Escalation line, es: Línea de escalado}, party: provider, phone: "+44 20 7946 0123"}]
                levels:
                  - {id: sev1, name: {en: Critical, es: Crítico}, when: {en: An accident., es: Un accidente.}, call: [duty], within: 15m, statement: {en: We are on it., es: Estamos en ello.}}
              review: {cadence: monthly, notes: {en: First Tuesday., es: Primer martes.}}
              conditions:
                - {kpi: on_time_first_replies, months_running: 3, action: review, notes: {en: Within two weeks., es: En dos semanas.}}
            """).Replace("timezone: America/New_York}", "timezone: America/New_York, languages: [en, es]}", StringComparison.Ordinal);

        // When it is loaded and each field is asked for in Spanish
        var promise = AgreementYaml.Load(yaml);
        var a = promise.Agreement!;
        var level = a.CrisisPlan!.Levels[0];
        string[] spanish = [a.Scope[0].Name.In("es").Text, a.Scope[0].Details!.In("es").Text, a.Kpis[0].Notes!.In("es").Text,
            a.Kpis[1].Kpi.Name.In("es").Text, a.CrisisPlan.Contacts[0].Role!.In("es").Text, level.Name.In("es").Text,
            level.When!.In("es").Text, level.Statement.In("es").Text, a.Review!.Notes!.In("es").Text, a.Conditions[0].Notes!.In("es").Text];

        // Then each gives its own Spanish text, the English ones stay the default, and nothing under agreement: is
        // missing (the test's channels have English-only summaries)
        Assert.Equal(["Historias de la tripulación", "Un vídeo al mes.", "Por canal.", "Cuota de conversación", "Línea de escalado",
            "Crítico", "Un accidente.", "Estamos en ello.", "Primer martes.", "En dos semanas."], spanish);
        Assert.Equal("We are on it.", level.Statement.Default);
        Assert.DoesNotContain(promise.Warnings, w => w.Message.StartsWith("agreement.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_fall_back_to_the_default_language_and_warn_where_an_agreement_text_lacks_a_translation()
    {
        // Given an English and French brand whose holding statement is in English only
        var yaml = AgreementYaml.With(AgreementYaml.Full)
            .Replace("timezone: America/New_York}", "timezone: America/New_York, languages: [en, fr]}", StringComparison.Ordinal)
            .Replace("{kpi: on_time_first_replies, target: 95%}", "{kpi: on_time_first_replies, target: 95%, notes: {en: Per channel., fr: Par canal.}}", StringComparison.Ordinal)
            .Replace("statement: We are looking into it.", "statement: {en: We are looking into it.}", StringComparison.Ordinal);

        // When it is loaded
        var promise = AgreementYaml.Load(yaml);

        // Then the French agreement gets the English statement, marked as an English fallback, and validation warns
        // at the statement's line and column (and at every other agreement text that is one English string)
        var statement = promise.Agreement!.CrisisPlan!.Levels[0].Statement;
        Assert.Equal(new LocalizedValue("We are looking into it.", "en", IsFallback: true), statement.In("fr"));
        Assert.Equal("Par canal.", promise.Agreement.Kpis[0].Notes!.In("fr").Text);
        var (line, column) = AgreementYaml.Locate(yaml, "{en: We are looking into it.}");
        var warning = Assert.Single(promise.Warnings, w => w.Message.StartsWith("agreement.crisis.levels[0].statement:", StringComparison.Ordinal));
        Assert.Equal((AgreementYaml.FileName, line, column, true), (warning.File, warning.Line, warning.Column, warning.IsWarning));
        Assert.Equal("agreement.crisis.levels[0].statement: no text in fr; that language shows the en text (write {en: …, fr: …})", warning.Message);
        Assert.Contains(promise.Warnings, w => w.Message.StartsWith("agreement.scope[1].details: no text in fr", StringComparison.Ordinal));
        Assert.Contains(promise.Warnings, w => w.Message.StartsWith("agreement.crisis.contacts[1].role: no text in fr", StringComparison.Ordinal));
        Assert.DoesNotContain(promise.Warnings, w => w.Message.StartsWith("agreement.kpis[0].notes", StringComparison.Ordinal));
        // Names of parties and people are one string in every language: never a missing translation.
        Assert.DoesNotContain(promise.Warnings, w => w.Message.StartsWith("agreement.parties", StringComparison.Ordinal) ||
            w.Message.StartsWith("agreement.crisis.contacts[0].name", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_load_the_example_agreement_translated_into_every_brand_language()
    {
        // Given the example brand (en, es, fr, ar)
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());

        // When its agreement's texts are asked for in Arabic
        var level = promise.Agreement!.CrisisPlan!.Levels[0];

        // Then they are the brand's own Arabic texts, and nothing is missing in any language
        Assert.False(level.Statement.In("ar").IsFallback);
        Assert.Equal("حرج", level.Name.In("ar").Text);
        Assert.Empty(promise.Warnings);
    }

    [Fact]
    public void Should_report_a_percentage_target_above_100_where_it_is_written()
    {
        // Given an on-time target of 140 %
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("target: 95%", "target: 140"));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the error names the file, the target's line and column, the field and the range
        var (line, column) = AgreementYaml.Locate(yaml, "140");
        Assert.Equal((AgreementYaml.FileName, line, column), (problem.File, problem.Line, problem.Column));
        Assert.StartsWith("agreement.kpis[0].target: 140 is out of range", problem.Message);
        Assert.Contains("0 to 100", problem.Message);
    }

    [Theory]
    [InlineData("{kpi: csat, target: 6}", "from 1 to 5")]
    [InlineData("{kpi: nps, target: 120}", "from -100 to 100")]
    [InlineData("{kpi: follower_growth, target: -150}", "from -100 to 1000")]
    [InlineData("{kpi: qualified_leads, target: 2.5}", "whole number")]
    [InlineData("{kpi: first_reply_median, target: 0m}", "from 1 minute")]
    [InlineData("{kpi: engagement_rate, target: lots}", "not a number")]
    public void Should_check_each_target_against_its_units_range(string kpi, string expected)
    {
        // Given a KPI whose target its unit does not allow
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("{kpi: first_reply_median, target: 20m, window: rolling 90d}", kpi));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the target is reported with the unit's range
        Assert.StartsWith("agreement.kpis[1].target:", problem.Message);
        Assert.Contains(expected, problem.Message);
        Assert.Equal(AgreementYaml.Locate(yaml, kpi).Line, problem.Line);
    }

    [Fact]
    public void Should_suggest_the_closest_known_kpi_for_an_unknown_name()
    {
        // Given a misspelt known KPI without a unit
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("kpi: first_reply_median", "kpi: first_reply_medain"));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the error is at the name and suggests the known one
        Assert.Equal(AgreementYaml.Locate(yaml, "first_reply_medain"), (problem.Line, problem.Column));
        Assert.Contains("unknown KPI 'first_reply_medain' (did you mean 'first_reply_median'?)", problem.Message);
        Assert.Contains("for a custom KPI give 'name' and 'unit'", problem.Message);
    }

    [Fact]
    public void Should_accept_a_custom_kpi_with_a_name_and_a_unit()
    {
        // Given a custom lower-is-better KPI
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("{kpi: first_reply_median, target: 20m, window: rolling 90d}",
            "{kpi: escalations, name: Escalations to the company, unit: count, better: lower, target: 5, window: quarterly}"));

        // When it is loaded
        var kpi = AgreementYaml.Load(yaml).Agreement!.FindKpi("escalations")!;

        // Then it keeps its name, unit, direction and window
        Assert.False(kpi.Kpi.IsKnown);
        Assert.Equal("Escalations to the company", kpi.Kpi.Name.Default);
        Assert.Same(KpiUnit.Count, kpi.Kpi.Unit);
        Assert.Equal(KpiDirection.LowerIsBetter, kpi.Kpi.Direction);
        Assert.Equal("at most 5", kpi.TargetText);
        Assert.Equal(WindowKind.Quarterly, kpi.Window.Kind);
    }

    [Fact]
    public void Should_refuse_to_change_the_unit_of_a_known_kpi()
    {
        // Given a known KPI with another unit
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("target: 95%", "target: 95, unit: count"));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the unit is reported
        Assert.Equal(AgreementYaml.Locate(yaml, "count}").Column, problem.Column);
        Assert.Contains("known KPI measured in percent", problem.Message);
    }

    [Fact]
    public void Should_report_a_crisis_plan_without_contacts()
    {
        // Given a crisis plan with levels but no contacts
        var yaml = AgreementYaml.With("""
            agreement:
              parties: {company: {name: Acme}, provider: {name: Brightline}}
              scope: [community_management]
              crisis:
                levels:
                  - {id: sev1, name: Critical, call: [duty], within: 15m, statement: On it.}
            """);

        // When it is loaded
        var problems = AgreementYaml.Problems(yaml);

        // Then the missing contacts are reported at the plan, and the level's caller is not reported a second time
        var problem = Assert.Single(problems, p => p.Message.Contains("needs contacts"));
        Assert.Equal(AgreementYaml.Locate(yaml, "levels:").Line, problem.Line);
        Assert.StartsWith("agreement.crisis.contacts:", problem.Message);
    }

    [Fact]
    public void Should_report_a_contact_nobody_can_call()
    {
        // Given a contact with neither phone nor email
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace(", email: dana@acme-air.example", ""));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the contact is named and located
        Assert.Equal(AgreementYaml.Locate(yaml, "{id: dana").Line, problem.Line);
        Assert.Equal("agreement.crisis.contacts[1]: contact 'dana' has no phone or email: give at least one, or nobody can call them", problem.Message);
    }

    [Fact]
    public void Should_suggest_the_closest_contact_for_an_unknown_caller()
    {
        // Given a level that calls a misspelt contact
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("call: [duty, dana]", "call: [duty, dan]"));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the id is located in the call list with a suggestion
        Assert.Equal(AgreementYaml.Locate(yaml, "dan]"), (problem.Line, problem.Column));
        Assert.Contains("unknown contact 'dan' (did you mean 'dana'?)", problem.Message);
    }

    [Fact]
    public void Should_report_a_condition_on_a_kpi_without_a_target()
    {
        // Given a condition on a KPI the agreement sets no target for
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("- {kpi: on_time_first_replies, months_running: 3", "- {kpi: csat, months_running: 3"));

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then the condition's kpi is reported
        Assert.Equal(AgreementYaml.Locate(yaml, "csat").Line, problem.Line);
        Assert.Contains("'csat' is not one of the agreement's KPIs", problem.Message);
    }

    [Fact]
    public void Should_not_blame_a_condition_for_its_kpis_own_error()
    {
        // Given a KPI whose target is out of range, and conditions on it
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("target: 95%", "target: 101%"));

        // When it is loaded
        var problems = AgreementYaml.Problems(yaml);

        // Then only the target is reported
        Assert.Equal("agreement.kpis[0].target", Assert.Single(problems).Message.Split(':')[0]);
    }

    [Fact]
    public void Should_report_every_agreement_problem_in_one_run_in_file_order()
    {
        // Given an agreement with many mistakes
        var yaml = AgreementYaml.With("""
            agreement:
              partys: {}
              scope: [content_creaton]
              kpis:
                - {kpi: engagment_rate, target: 3}
                - {kpi: on_time_first_replies, target: 140, window: fortnightly}
              crisis:
                contacts: []
                levels: []
              review: {cadence: monthy}
              conditions:
                - {kpi: on_time_first_replies, action: fire}
            """);

        // When it is loaded
        var problems = AgreementYaml.Problems(yaml);

        // Then each is reported, in file order ("partys" once: not also "parties" missing, which it was taken for)
        var fields = problems.Select(p => p.Message[..p.Message.IndexOf(':')]).ToArray();
        Assert.Equal(
        [
            "agreement.partys", "agreement.scope[0]", "agreement.kpis[0].kpi", "agreement.kpis[1].target",
            "agreement.kpis[1].window", "agreement.crisis.contacts", "agreement.crisis.levels", "agreement.review.cadence",
            "agreement.conditions[0].action",
        ], fields);
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
        Assert.Contains(problems, p => p.Message.Contains("did you mean 'parties'?"));
        Assert.Contains(problems, p => p.Message.Contains("did you mean 'content_creation'?"));
        Assert.Contains(problems, p => p.Message.Contains("did you mean 'monthly'?"));
    }

    [Fact]
    public void Should_report_an_agreement_that_is_not_a_mapping()
    {
        // Given an agreement written as text
        var yaml = AgreementYaml.With("agreement: yes please");

        // When it is loaded
        var problem = Assert.Single(AgreementYaml.Problems(yaml));

        // Then it is reported as the wrong shape
        Assert.StartsWith("agreement: expected a mapping of parties", problem.Message);
    }

    [Theory]
    [InlineData("phone: \"+44 20 7946 0123\"", "phone: call me", "agreement.crisis.contacts[0].phone: 'call me' is not a phone number")]
    [InlineData("email: dana@acme-air.example", "email: dana@", "agreement.crisis.contacts[1].email: 'dana@' is not an email address")]
    [InlineData("email: dana@acme-air.example", "email: \"dana@acme-air.example?cc=all@acme-air.example\"", "agreement.crisis.contacts[1].email:")]
    public void Should_report_a_phone_or_email_nobody_can_use(string valid, string invalid, string expected)
    {
        // Given a contact whose phone or email is malformed
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace(valid, invalid));

        // When it is loaded
        var problems = AgreementYaml.Problems(yaml);

        // Then that value is reported where it is written (and the level calling the contact is not blamed again)
        var problem = Assert.Single(problems);
        Assert.StartsWith(expected, problem.Message);
        Assert.Equal(AgreementYaml.Locate(yaml, invalid[(invalid.IndexOf(' ') + 1)..]), (problem.Line, problem.Column));
    }
}
