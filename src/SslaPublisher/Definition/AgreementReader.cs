using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Agreement;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Reads <c>agreement:</c> into an <see cref="AgreementDefinition"/>, every problem located; the KPI and crisis
/// sections have readers of their own (<see cref="AgreementKpiReader"/>, <see cref="AgreementCrisisReader"/>).
/// </summary>
internal static partial class AgreementReader
{
    // Custom ids (services, KPIs) are written like the known ones: snake_case, starting with a letter.
    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex IdPattern();

    private static readonly (string Word, PartyKind Kind)[] ProviderKinds =
        [("agency", PartyKind.Agency), ("internal-team", PartyKind.InternalTeam), ("freelancer", PartyKind.Freelancer)];

    private static readonly (string Word, ReviewCadence Cadence)[] Cadences =
    [
        ("weekly", ReviewCadence.Weekly), ("monthly", ReviewCadence.Monthly), ("quarterly", ReviewCadence.Quarterly),
        ("half-yearly", ReviewCadence.HalfYearly), ("yearly", ReviewCadence.Yearly),
    ];

    /// <summary>
    /// Reads the agreement; its prose fields (service names and details, KPI names and notes, the crisis plan's roles,
    /// level names, triggers and statements, review and condition notes) are localized texts in
    /// <paramref name="scope"/>, the brand's languages, since the agreement is written in each of them.
    /// </summary>
    public static AgreementDefinition? Read(YamlNode node, LanguageScope? scope, DiagnosticBag bag)
    {
        var r = new MappingReader(node, "agreement", DefinitionKeys.Agreement, bag);
        if (node is not YamlMappingNode) return null;
        var parties = r.Node("parties", required: true) is { } partiesNode ? ReadParties(partiesNode, r.Child("parties"), bag) : null;
        var effective = Date(r, "effective");
        var services = ReadScope(r, scope);
        var kpis = AgreementKpiReader.ReadKpis(r, scope);
        var crisis = r.Node("crisis") is { } crisisNode ? AgreementCrisisReader.Read(crisisNode, r.Child("crisis"), scope, bag) : null;
        var review = r.Node("review") is { } reviewNode ? ReadReview(reviewNode, r.Child("review"), scope, bag) : null;
        var conditions = AgreementKpiReader.ReadConditions(r, kpis, scope);
        return parties is null ? null : new AgreementDefinition(parties, effective, services, kpis, crisis, review, conditions);
    }

    private static AgreementParties? ReadParties(YamlNode node, string field, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, DefinitionKeys.AgreementParties, bag);
        var company = r.Node("company", required: true) is { } c ? ReadParty(c, r.Child("company"), DefinitionKeys.AgreementCompany, bag) : null;
        var provider = r.Node("provider", required: true) is { } p ? ReadParty(p, r.Child("provider"), DefinitionKeys.AgreementProvider, bag) : null;
        return company is null || provider is null ? null : new AgreementParties(company, provider);
    }

    private static Party? ReadParty(YamlNode node, string field, string[] keys, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, keys, bag);
        var name = r.String("name", required: true);
        // Only the provider has a kind; the company side is the company by definition.
        var kind = keys.Contains("kind") ? Word(r, "kind", ProviderKinds, PartyKind.Agency) : PartyKind.Company;
        var representative = r.String("representative");
        var contact = r.String("contact");
        return name is null || kind is null ? null : new Party(name, kind.Value, representative, contact);
    }

    private static ImmutableArray<ServiceItem> ReadScope(MappingReader agreement, LanguageScope? scope)
    {
        var field = agreement.Child("scope");
        var nodes = agreement.List("scope", required: true);
        if (agreement.Has("scope") && nodes.Count == 0)
            agreement.Bag.Add(agreement.Node("scope")!, field, $"list at least one service, e.g. {string.Join(", ", ServiceCatalog.Ids.Take(3))}");
        var result = new List<ServiceItem>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var item = ReadService(nodes[i], $"{field}[{i}]", scope, agreement.Bag, out var idNode);
            if (item is null) continue;
            if (!seen.TryAdd(item.Id, idNode))
                agreement.Bag.Add(idNode, $"{field}[{i}]", $"{UntrustedText.Quote(item.Id)} is listed twice (first at line {seen[item.Id].Start.Line})");
            else result.Add(item);
        }
        return [.. result];
    }

    // A known id alone ("content_creation"), or a mapping {service, name?, details?}; a name makes a custom service.
    private static ServiceItem? ReadService(YamlNode node, string field, LanguageScope? scope, DiagnosticBag bag, out YamlNode idNode)
    {
        idNode = node;
        string? id;
        LocalizedText? name = null, details = null;
        if (node is YamlScalarNode { Value: { } text })
            id = NormalizeId(text);
        else
        {
            var r = new MappingReader(node, field, DefinitionKeys.AgreementService, bag);
            if (node is not YamlMappingNode) return null;
            idNode = r.Node("service") ?? node;
            id = r.String("service", required: true) is { } s ? NormalizeId(s) : null;
            name = LocalizedTextReader.Read(r, "name", scope);
            details = LocalizedTextReader.Read(r, "details", scope);
        }
        if (id is null) return null;
        var known = ServiceCatalog.NameOf(id);
        if (known is not null) return new ServiceItem(id, name ?? LocalizedText.Plain(known, "en"), details, IsKnown: true);
        if (name is null)
        {
            bag.Add(idNode, field, $"unknown service {UntrustedText.Quote(id)}{DidYouMean.Suggest(id, ServiceCatalog.Ids)}; known: " +
                $"{string.Join(", ", ServiceCatalog.Ids)}; for another service write {{service: {id}, name: ...}}");
            return null;
        }
        if (!IdPattern().IsMatch(id))
        {
            bag.Add(idNode, field, $"{UntrustedText.Quote(id)} is not a valid service id: use lowercase letters, digits and '_'");
            return null;
        }
        return new ServiceItem(id, name, details, IsKnown: false);
    }

    private static ReviewTerms? ReadReview(YamlNode node, string field, LanguageScope? scope, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, DefinitionKeys.AgreementReview, bag);
        var cadence = node is YamlMappingNode ? Word(r, "cadence", Cadences, null, required: true) : null;
        var notice = Duration(r, "termination_notice");
        var notes = LocalizedTextReader.Read(r, "notes", scope);
        return cadence is null ? null : new ReviewTerms(cadence.Value, notice, notes);
    }

    /// <summary>snake_case id from what people type: <c>Content-Creation</c> → <c>content_creation</c>.</summary>
    internal static string NormalizeId(string text) => text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    /// <summary>True for a valid custom id.</summary>
    internal static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>One of a fixed set of words, with a did-you-mean; <paramref name="fallback"/> when absent.</summary>
    internal static T? Word<T>(MappingReader r, string key, (string Word, T Value)[] words, T? fallback, bool required = false)
        where T : struct
    {
        var text = r.String(key, required);
        if (text is null) return fallback;
        foreach (var (word, value) in words)
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase)) return value;
        var names = words.Select(w => w.Word).ToArray();
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not one of {string.Join(", ", names)}{DidYouMean.Suggest(text, names)}");
        return null;
    }

    /// <summary>A positive duration such as <c>15m</c>, <c>4h</c> or <c>30d</c>.</summary>
    internal static Duration? Duration(MappingReader r, string key, bool required = false)
    {
        var text = r.String(key, required);
        if (text is null) return null;
        if (DurationText.TryParse(text) is { } duration && duration > NodaTime.Duration.Zero) return duration;
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not a duration; write e.g. 15m, 4h, 1h30m or 30d");
        return null;
    }

    /// <summary>A whole number in a range.</summary>
    internal static int? Integer(MappingReader r, string key, int min, int max)
    {
        var text = r.String(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} must be a whole number from {min} to {max}");
        return null;
    }

    private static LocalDate? Date(MappingReader r, string key)
    {
        var text = r.String(key);
        if (text is null) return null;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } result) return result.Value;
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not a date; write it as 2026-01-01");
        return null;
    }
}
