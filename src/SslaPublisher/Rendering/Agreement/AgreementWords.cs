using NodaTime;
using SslaPublisher.Agreement;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// The agreement's terms in one language: KPI names and targets, measurement windows, review cadence, conditions,
/// notice periods and dates. The <c>agreement</c> section of <c>templates/i18n/&lt;lang&gt;.yaml</c> gives the words,
/// <see cref="LocaleFormat"/> (CLDR through ICU) the numbers, percentages, units, plurals and dates.
/// </summary>
/// <remarks>
/// Shared by <c>agreement.html</c>/<c>agreement.md</c> and the report's verdict, so a target reads the same in both.
/// The English-only forms on the domain types (<see cref="KpiTarget.TargetText"/>,
/// <see cref="AgreementCondition.Summary"/>) stay for the terminal and <c>report.json</c>.
/// </remarks>
internal sealed class AgreementWords
{
    /// <summary>The words of <paramref name="strings"/>' language.</summary>
    public AgreementWords(UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        Strings = strings;
        Locale = strings.Locale();
        _own = [.. strings.Keys];
    }

    private readonly HashSet<string> _own;

    /// <summary>The UI strings.</summary>
    public UiStrings Strings { get; }

    /// <summary>The language's CLDR formatter.</summary>
    public LocaleFormat Locale { get; }

    /// <summary>An <c>agreement.*</c> string with its placeholders filled in.</summary>
    public string this[string key, params (string Name, string Value)[] values] => Strings.Format("agreement." + key, values);

    /// <summary>
    /// An <c>agreement.*</c> plural group (<c>{n} months running</c>) in the form CLDR's plural rules pick for
    /// <paramref name="count"/>, with <c>{n}</c> in the language's digits; <c>other</c> when the language has no
    /// own form for that category.
    /// </summary>
    public string Plural(string key, long count)
    {
        // Only the language's own forms: English's "one" must not stand in for a category the file leaves out.
        var category = $"agreement.{key}.{Locale.PluralCategory(count)}";
        var pattern = Strings.Text(_own.Contains(category) ? category : $"agreement.{key}.other");
        return pattern.Replace("{n}", Locale.Number(count), StringComparison.Ordinal);
    }

    /// <summary>A KPI's name: the language's for a catalog KPI, the brand's own for a custom one.</summary>
    public string KpiName(KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.IsKnown ? Strings.Text("report.kpis." + kpi.Id) : kpi.Name.In(Strings.Language).Text;
    }

    /// <summary>What a catalog KPI measures, in the language; null for a custom KPI (it has no description).</summary>
    public string? KpiDescription(KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.IsKnown ? this["kpi_descriptions." + kpi.Id] : null;
    }

    /// <summary>
    /// A value in a KPI's unit: <c>95%</c>, <c>95 %</c>, <c>20 minutes</c>, <c>4,3/5</c>, <c>+1,5 % al mes</c>;
    /// <paramref name="width"/> is how a duration's unit is written (<c>20 min</c> in a crowded table).
    /// </summary>
    public string Value(KpiUnit unit, decimal value, UnitWidth width = UnitWidth.Wide)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit == KpiUnit.Percent) return Locale.Percent(value);
        if (unit == KpiUnit.PercentPerMonth) return this["per_month", ("value", Signed(value, Locale.Percent(Math.Abs(value))))];
        if (unit == KpiUnit.Minutes) return Locale.Duration(NodaTime.Duration.FromMinutes((long)value), width);
        if (unit == KpiUnit.Score5) return Locale.Digits(this["score_5", ("value", Locale.Amount(value))]);
        if (unit == KpiUnit.Nps) return Signed(value, Locale.Amount(Math.Abs(value)));
        return Locale.Amount(value);
    }

    /// <summary>A target with its direction: <c>at least 95%</c>, <c>al menos 95 %</c>, <c>at most 20 minutes</c>.</summary>
    public string Target(KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var value = Value(target.Kpi.Unit, target.Target);
        return target.Kpi.Direction == KpiDirection.HigherIsBetter ? this["at_least", ("value", value)] : this["at_most", ("value", value)];
    }

    /// <summary>A measurement window: <c>monthly</c>, <c>mensual</c>, <c>rolling 90 days</c>.</summary>
    public string Window(MeasurementWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Kind == WindowKind.Rolling
            ? Plural("window.rolling", window.RollingDays)
            : this["window." + window.Kind.ToString().ToLowerInvariant()];
    }

    /// <summary>How often the parties meet, as it ends the review sentence: <c>monthly</c>, <c>cada mes</c>.</summary>
    public string Cadence(ReviewCadence cadence) => this["cadence." + cadence switch
    {
        ReviewCadence.Weekly => "weekly",
        ReviewCadence.Monthly => "monthly",
        ReviewCadence.Quarterly => "quarterly",
        ReviewCadence.HalfYearly => "half_yearly",
        _ => "yearly",
    }];

    /// <summary>What a triggered condition leads to: <c>review</c>, <c>revisión</c>.</summary>
    public string Action(ConditionAction action) => this["action." + action.ToString().ToLowerInvariant()];

    /// <summary>How long bad months must run: <c>in any month</c>, <c>3 months running</c>.</summary>
    public string Run(int monthsRunning) => monthsRunning == 1 ? this["run.any_month"] : Plural("run.months", monthsRunning);

    /// <summary>
    /// A condition as a sentence pattern and its values, so each output can set the KPI and the action apart
    /// (bold on the page) while the words stay the language's: <c>If {kpi} misses its target ({target}) {run}: {action}.</c>
    /// </summary>
    public (string Pattern, IReadOnlyList<(string Name, string Value)> Values) Condition(AgreementCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var kind = condition.Comparison switch
        {
            ConditionComparison.MissesTarget => "misses_target",
            ConditionComparison.Below => "below",
            _ => "above",
        };
        var threshold = condition.Threshold is { } t ? Value(condition.Kpi.Kpi.Unit, t) : Target(condition.Kpi);
        return (Strings.Text("agreement.conditions." + kind),
        [
            ("kpi", KpiName(condition.Kpi.Kpi)),
            (condition.Comparison == ConditionComparison.MissesTarget ? "target" : "value", threshold),
            ("run", Run(condition.MonthsRunning)),
            ("action", Action(condition.Action)),
        ]);
    }

    /// <summary>A condition as one plain sentence (the report's list of conditions).</summary>
    public string ConditionSentence(AgreementCondition condition)
    {
        var (pattern, values) = Condition(condition);
        return values.Aggregate(pattern, (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));
    }

    /// <summary>A time span in words (<c>15 minutes</c>, <c>1 hour, 30 minutes</c>); whole days as days (<c>60 days</c>).</summary>
    public string Duration(Duration duration) =>
        duration.BclCompatibleTicks % TimeSpan.TicksPerDay == 0 && duration > NodaTime.Duration.Zero
            ? Locale.Count(duration.Days, DurationUnit.Day)
            : Locale.Duration(duration);

    /// <summary>A date in running text (CLDR <c>yMMMMd</c>; "1er janvier" where the language writes the first so).</summary>
    public string Date(LocalDate date) => Strings.Date(date);

    // A sign for values that may be negative: "+1.5%", "−3" (the minus from the culture: U+2212 where CLDR has it).
    private string Signed(decimal value, string magnitude) => value switch
    {
        > 0 => Locale.Culture.NumberFormat.PositiveSign + magnitude,
        < 0 => Locale.Culture.NumberFormat.NegativeSign + magnitude,
        _ => magnitude,
    };
}
