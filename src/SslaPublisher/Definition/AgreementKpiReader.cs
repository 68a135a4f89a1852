using System.Collections.Immutable;
using SslaPublisher.Agreement;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>Reads <c>agreement.kpis</c> and <c>agreement.conditions</c>: known or custom KPIs, targets within their unit's range.</summary>
internal static class AgreementKpiReader
{
    private static readonly (string Word, KpiDirection Direction)[] Directions =
        [("higher", KpiDirection.HigherIsBetter), ("lower", KpiDirection.LowerIsBetter)];

    private static readonly (string Word, ConditionAction Action)[] Actions =
        [("review", ConditionAction.Review), ("renegotiate", ConditionAction.Renegotiate), ("terminate", ConditionAction.Terminate)];

    /// <summary>The longest run of months a condition may count; beyond that it is a term, not a trigger.</summary>
    private const int MaxMonthsRunning = 24;

    public static ImmutableArray<KpiTarget> ReadKpis(MappingReader agreement, LanguageScope? scope)
    {
        var field = agreement.Child("kpis");
        var result = new List<KpiTarget>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var nodes = agreement.List("kpis");
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = new MappingReader(nodes[i], $"{field}[{i}]", DefinitionKeys.AgreementKpi, agreement.Bag);
            if (nodes[i] is not YamlMappingNode) continue;
            var target = ReadKpi(r, scope);
            if (target is null) continue;
            var idNode = r.Node("kpi")!;
            if (!seen.TryAdd(target.Kpi.Id, idNode))
                r.Bag.Add(idNode, r.Child("kpi"), $"{UntrustedText.Quote(target.Kpi.Id)} is listed twice (first at line {seen[target.Kpi.Id].Start.Line})");
            else result.Add(target);
        }
        return [.. result];
    }

    private static KpiTarget? ReadKpi(MappingReader r, LanguageScope? scope)
    {
        var kpi = ReadDefinition(r, scope);
        var window = ReadWindow(r);
        var notes = LocalizedTextReader.Read(r, "notes", scope);
        decimal? target = null;
        if (kpi is not null) target = ReadValue(r, "target", kpi, required: true);
        else r.String("target", required: true);
        return kpi is null || target is null || window is null ? null : new KpiTarget(kpi, target.Value, window, notes);
    }

    // A known id takes its unit and direction from the catalog; any other id is a custom KPI and must give a unit.
    private static KpiDefinition? ReadDefinition(MappingReader r, LanguageScope? scope)
    {
        var text = r.String("kpi", required: true);
        var unitText = r.String("unit");
        var unit = unitText is null ? null : KpiUnit.Find(unitText);
        if (unitText is not null && unit is null)
        {
            var keys = KpiUnit.All.Select(u => u.Key).ToArray();
            r.Bag.Add(r.Node("unit")!, r.Child("unit"), $"unknown unit {UntrustedText.Quote(unitText)}{DidYouMean.Suggest(unitText, keys)}; use one of {string.Join(", ", keys)}");
        }
        var direction = AgreementReader.Word<KpiDirection>(r, "better", Directions, null);
        var name = LocalizedTextReader.Read(r, "name", scope);
        if (text is null) return null;
        var id = AgreementReader.NormalizeId(text);
        var idNode = r.Node("kpi")!;
        if (KpiCatalog.Find(id) is { } known)
        {
            if (unit is not null && unit != known.Unit)
                r.Bag.Add(r.Node("unit")!, r.Child("unit"),
                    $"{UntrustedText.Quote(id)} is a known KPI measured in {known.Unit.Key}; remove 'unit', or give a custom KPI its own id");
            if (direction is not null && direction != known.Direction)
                r.Bag.Add(r.Node("better")!, r.Child("better"),
                    $"for {UntrustedText.Quote(id)} {(known.Direction == KpiDirection.HigherIsBetter ? "higher" : "lower")} is better; remove 'better'");
            return name is null ? known : known with { Name = name };
        }
        if (unitText is null)
        {
            r.Bag.Add(idNode, r.Child("kpi"), $"unknown KPI {UntrustedText.Quote(id)}{DidYouMean.Suggest(id, KpiCatalog.Ids)}; known: " +
                $"{string.Join(", ", KpiCatalog.Ids)}; for a custom KPI give 'name' and 'unit'");
            return null;
        }
        if (!AgreementReader.IsValidId(id))
        {
            r.Bag.Add(idNode, r.Child("kpi"), $"{UntrustedText.Quote(id)} is not a valid KPI id: use lowercase letters, digits and '_'");
            return null;
        }
        if (name is null)
        {
            r.Bag.Add(r.Mapping, r.Child("name"), $"is required for the custom KPI {UntrustedText.Quote(id)}");
            return null;
        }
        return unit is null ? null : new KpiDefinition(id, name, unit, direction ?? KpiDirection.HigherIsBetter, null, IsKnown: false);
    }

    private static MeasurementWindow? ReadWindow(MappingReader r)
    {
        var text = r.String("window");
        if (text is null) return MeasurementWindow.Monthly;
        if (MeasurementWindow.TryParse(text) is { } window) return window;
        r.Bag.Add(r.Node("window")!, r.Child("window"),
            $"{UntrustedText.Quote(text)} is not a window{DidYouMean.Suggest(text, MeasurementWindow.CalendarWords)}; use {string.Join(", ", MeasurementWindow.CalendarWords)} or 'rolling 90d' (1 to 366 days)");
        return null;
    }

    /// <summary>A target or threshold in the KPI's unit, range-checked where it is written.</summary>
    private static decimal? ReadValue(MappingReader r, string key, KpiDefinition kpi, bool required)
    {
        var text = r.String(key, required);
        if (text is null) return null;
        var value = kpi.Unit.Parse(text);
        if (value is null)
            r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not a number; {UntrustedText.Quote(kpi.Id)} takes {kpi.Unit.Description}");
        else if (!kpi.Unit.Allows(value.Value))
            r.Bag.Add(r.Node(key)!, r.Child(key), $"{text} is out of range; {UntrustedText.Quote(kpi.Id)} takes {kpi.Unit.Description}");
        else
            return value;
        return null;
    }

    public static ImmutableArray<AgreementCondition> ReadConditions(MappingReader agreement, ImmutableArray<KpiTarget> kpis, LanguageScope? scope)
    {
        var listed = ListedIds(agreement);
        var field = agreement.Child("conditions");
        var result = new List<AgreementCondition>();
        var nodes = agreement.List("conditions");
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = new MappingReader(nodes[i], $"{field}[{i}]", DefinitionKeys.AgreementCondition, agreement.Bag);
            if (nodes[i] is not YamlMappingNode) continue;
            if (ReadCondition(r, kpis, listed, scope) is { } condition) result.Add(condition);
        }
        return [.. result];
    }

    private static AgreementCondition? ReadCondition(MappingReader r, ImmutableArray<KpiTarget> kpis, IReadOnlySet<string> listed, LanguageScope? scope)
    {
        var text = r.String("kpi", required: true);
        KpiTarget? kpi = null;
        if (text is not null)
        {
            var id = AgreementReader.NormalizeId(text);
            kpi = kpis.FirstOrDefault(k => k.Kpi.Id == id);
            // A KPI with a load error elsewhere is absent from kpis; only blame the condition when the id is unknown everywhere.
            if (kpi is null && !listed.Contains(id))
            {
                var ids = kpis.Select(k => k.Kpi.Id).ToArray();
                r.Bag.Add(r.Node("kpi")!, r.Child("kpi"),
                    $"{UntrustedText.Quote(id)} is not one of the agreement's KPIs{DidYouMean.Suggest(id, ids.Length > 0 ? ids : KpiCatalog.Ids)}; set its target under agreement.kpis first");
            }
        }
        if (r.Has("below") && r.Has("above"))
            r.Bag.Add(r.Node("above")!, r.Child("above"), "give 'below' or 'above', not both");
        var comparison = r.Has("below") ? ConditionComparison.Below : r.Has("above") ? ConditionComparison.Above : ConditionComparison.MissesTarget;
        var thresholdKey = comparison == ConditionComparison.Below ? "below" : "above";
        decimal? threshold = null;
        if (comparison != ConditionComparison.MissesTarget)
            threshold = kpi is null ? null : ReadValue(r, thresholdKey, kpi.Kpi, required: false);
        var months = r.Has("months_running") ? AgreementReader.Integer(r, "months_running", 1, MaxMonthsRunning) : 1;
        var action = AgreementReader.Word<ConditionAction>(r, "action", Actions, null, required: true);
        var notes = LocalizedTextReader.Read(r, "notes", scope);
        if (kpi is null || months is null || action is null || (comparison != ConditionComparison.MissesTarget && threshold is null))
            return null;
        return new AgreementCondition(kpi, comparison, threshold, months.Value, action.Value, notes);
    }

    /// <summary>
    /// Every id <c>agreement.kpis</c> names, read from the raw nodes, including entries that failed to load: a
    /// condition on such a KPI is not blamed a second time for an error already reported at the KPI.
    /// </summary>
    public static IReadOnlySet<string> ListedIds(MappingReader agreement) =>
        agreement.Node("kpis") is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>()
                .SelectMany(m => m.Children.Where(c => c.Key is YamlScalarNode { Value: "kpi" }).Select(c => c.Value))
                .OfType<YamlScalarNode>().Where(s => s.Value is not null)
                .Select(s => AgreementReader.NormalizeId(s.Value!)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
}
