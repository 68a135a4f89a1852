using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SslaPublisher.Agreement;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Reads <c>agreement.crisis</c>: the contacts, then the severity levels that call them by id. A plan nobody can
/// be called under is the one mistake that matters most in a crisis, so every way to write one is a located error.
/// </summary>
internal static partial class AgreementCrisisReader
{
    // What people write for a phone: digits with spaces, dots, dashes, brackets and a leading '+'.
    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{3,30}$")]
    private static partial Regex PhonePattern();

    // Deliberately loose (one '@', a dot in the domain), but without anything that would add to a mailto: URL
    // (headers after '?', fragments, escapes, paths) or break out of it.
    [GeneratedRegex(@"^[^@\s<>""'()\[\]\\,;:?#%&/]+@[^@\s<>""'()\[\]\\,;:?#%&/]+\.[^@\s<>""'()\[\]\\,;:?#%&/]+$")]
    private static partial Regex EmailPattern();

    private static readonly (string Word, PartySide Side)[] Sides = [("company", PartySide.Company), ("provider", PartySide.Provider)];

    public static CrisisPlan? Read(YamlNode node, string field, LanguageScope? scope, DiagnosticBag bag)
    {
        var r = new MappingReader(node, field, DefinitionKeys.AgreementCrisis, bag);
        if (node is not YamlMappingNode) return null;
        var contacts = ReadContacts(r, scope);
        var levels = ReadLevels(r, contacts, scope);
        return contacts.IsEmpty || levels.IsEmpty ? null : new CrisisPlan(contacts, levels);
    }

    private static ImmutableArray<CrisisContact> ReadContacts(MappingReader plan, LanguageScope? scope)
    {
        var field = plan.Child("contacts");
        var nodes = plan.List("contacts");
        if (nodes.Count == 0)
        {
            plan.Bag.Add(plan.Node("contacts") ?? plan.Mapping, field,
                "a crisis plan needs contacts: list who is called, each with a phone or email");
            return [];
        }
        var result = new List<CrisisContact>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = new MappingReader(nodes[i], $"{field}[{i}]", DefinitionKeys.AgreementCrisisContact, plan.Bag);
            if (nodes[i] is not YamlMappingNode) continue;
            var contact = ReadContact(r, scope);
            if (contact is null) continue;
            if (!ids.TryAdd(contact.Id, r.Node("id")!))
                r.Bag.Add(r.Node("id")!, r.Child("id"), $"duplicate id {UntrustedText.Quote(contact.Id)} (first used at line {ids[contact.Id].Start.Line})");
            else result.Add(contact);
        }
        return [.. result];
    }

    private static CrisisContact? ReadContact(MappingReader r, LanguageScope? scope)
    {
        var id = Slug(r, "id");
        var name = r.String("name", required: true);
        var role = LocalizedTextReader.Read(r, "role", scope);
        var party = AgreementReader.Word<PartySide>(r, "party", Sides, null, required: true);
        var phone = r.String("phone");
        var email = r.String("email");
        string? phoneUrl = null;
        var reachable = true;
        if (phone is not null)
        {
            if (PhonePattern().IsMatch(phone)) phoneUrl = "tel:" + (phone.StartsWith('+') ? "+" : "") + new string([.. phone.Where(char.IsAsciiDigit)]);
            else Fail(r.Node("phone")!, r.Child("phone"), $"{UntrustedText.Quote(phone)} is not a phone number; write it like +1 800 555 0142");
        }
        if (email is not null && !EmailPattern().IsMatch(email))
            Fail(r.Node("email")!, r.Child("email"), $"{UntrustedText.Quote(email)} is not an email address");
        if (phone is null && email is null)
            Fail(r.Mapping, r.Field, $"contact '{id ?? name}' has no phone or email: give at least one, or nobody can call them");
        return id is null || name is null || party is null || !reachable
            ? null
            : new CrisisContact(id, name, role, party.Value, phone, phoneUrl, email);

        void Fail(YamlNode node, string field, string message)
        {
            r.Bag.Add(node, field, message);
            reachable = false;
        }
    }

    private static ImmutableArray<SeverityLevel> ReadLevels(MappingReader plan, ImmutableArray<CrisisContact> contacts, LanguageScope? scope)
    {
        var field = plan.Child("levels");
        var nodes = plan.List("levels", required: true);
        if (plan.Has("levels") && nodes.Count == 0)
            plan.Bag.Add(plan.Node("levels")!, field, "list at least one severity level");
        var known = ListedContactIds(plan);
        var result = new List<SeverityLevel>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = new MappingReader(nodes[i], $"{field}[{i}]", DefinitionKeys.AgreementSeverityLevel, plan.Bag);
            if (nodes[i] is not YamlMappingNode) continue;
            var level = ReadLevel(r, contacts, known, scope);
            if (level is null) continue;
            if (!ids.TryAdd(level.Id, r.Node("id")!))
                r.Bag.Add(r.Node("id")!, r.Child("id"), $"duplicate id {UntrustedText.Quote(level.Id)} (first used at line {ids[level.Id].Start.Line})");
            else result.Add(level);
        }
        return [.. result];
    }

    private static SeverityLevel? ReadLevel(MappingReader r, ImmutableArray<CrisisContact> contacts, HashSet<string> listed, LanguageScope? scope)
    {
        var id = Slug(r, "id");
        var name = LocalizedTextReader.Read(r, "name", scope, required: true);
        var when = LocalizedTextReader.Read(r, "when", scope);
        var call = new List<CrisisContact>();
        var ok = true;
        var callItems = r.Strings("call", required: true);
        if (r.Has("call") && callItems.Count == 0 && r.Node("call") is { } callNode)
        {
            r.Bag.Add(callNode, r.Child("call"), "list who is called at this level (contact ids)");
            ok = false;
        }
        foreach (var (node, text) in callItems)
        {
            var contact = contacts.FirstOrDefault(c => c.Id == text);
            if (contact is not null)
            {
                if (call.Contains(contact)) r.Bag.Add(node, r.Child("call"), $"{UntrustedText.Quote(text)} is called twice");
                else call.Add(contact);
                continue;
            }
            ok = false;
            // A contact that is listed but failed to load was reported there; an id listed nowhere is reported here.
            if (!listed.Contains(text))
                r.Bag.Add(node, r.Child("call"), $"unknown contact {UntrustedText.Quote(text)}{DidYouMean.Suggest(text, listed)}; list them under crisis.contacts");
        }
        var within = AgreementReader.Duration(r, "within", required: true);
        var updates = AgreementReader.Duration(r, "updates_every");
        var statement = LocalizedTextReader.Read(r, "statement", scope, required: true);
        return id is null || name is null || !ok || call.Count == 0 || within is null || statement is null
            ? null
            : new SeverityLevel(id, name, when, [.. call], within.Value, updates, statement);
    }

    private static HashSet<string> ListedContactIds(MappingReader plan) =>
        plan.Node("contacts") is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>()
                .SelectMany(m => m.Children.Where(c => c.Key is YamlScalarNode { Value: "id" }).Select(c => c.Value))
                .OfType<YamlScalarNode>().Where(s => !string.IsNullOrWhiteSpace(s.Value))
                .Select(s => s.Value!.Trim()).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static string? Slug(MappingReader r, string key)
    {
        var text = r.String(key, required: true);
        if (text is null) return null;
        if (SlugRule.IsSlug(text)) return text;
        r.Bag.Add(r.Node(key)!, r.Child(key), $"{UntrustedText.Quote(text)} is not a valid id: use lowercase letters, digits and dashes");
        return null;
    }
}
