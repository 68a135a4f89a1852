using System.Text.Json;
using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

/// <summary>The editor schema (schema/ssla.schema.json) and the loader accept the same keys.</summary>
public class SchemaTests
{
    public static TheoryData<string, string[]> Sections() => new()
    {
        { "", DefinitionKeys.Root },
        { "brand", DefinitionKeys.Brand },
        { "brand.colors", DefinitionKeys.Colors },
        { "banner", DefinitionKeys.Banner },
        { "channel", DefinitionKeys.Channel },
        { "channel.reply", DefinitionKeys.Reply },
        { "crisis", DefinitionKeys.Crisis },
        { "notice", DefinitionKeys.Notice },
        { "notice.reply", DefinitionKeys.NoticeReply },
        { "noticeUpdate", DefinitionKeys.NoticeUpdate },
        { "badges", DefinitionKeys.Badges },
        { "agreement", DefinitionKeys.Agreement },
        { "agreement.parties", DefinitionKeys.AgreementParties },
        { "agreement.parties.company", DefinitionKeys.AgreementCompany },
        { "agreement.parties.provider", DefinitionKeys.AgreementProvider },
        { "agreementService", DefinitionKeys.AgreementService },
        { "agreementKpi", DefinitionKeys.AgreementKpi },
        { "agreement.crisis", DefinitionKeys.AgreementCrisis },
        { "agreementCrisisContact", DefinitionKeys.AgreementCrisisContact },
        { "agreementSeverityLevel", DefinitionKeys.AgreementSeverityLevel },
        { "agreement.review", DefinitionKeys.AgreementReview },
        { "agreementCondition", DefinitionKeys.AgreementCondition },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Should_list_the_same_keys_in_schema_and_loader(string section, string[] loaderKeys)
    {
        // Given the schema's object for a section (first part names a definition, the rest walk "properties")
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile.Path));
        var node = schema.RootElement;
        var parts = section.Length == 0 ? [] : section.Split('.');
        if (parts.Length > 0) node = node.GetProperty("definitions").GetProperty(parts[0]);
        foreach (var part in parts.Skip(1)) node = node.GetProperty("properties").GetProperty(part);

        // When its properties are listed
        var schemaKeys = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToArray();

        // Then they are the loader's keys, and the object refuses others
        Assert.Equal(loaderKeys.Order().ToArray(), schemaKeys);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("examples/acme-air/ssla.yaml")]
    [InlineData("templates/init/ssla.yaml")]
    public async Task Should_accept_the_shipped_files_in_both_schema_and_loader(string relative)
    {
        var path = Path.Combine(RepoPaths.Root, relative);
        var schema = await SchemaFile.LoadAsync();

        var errors = schema.Validate(SchemaFile.YamlToJson(File.ReadAllText(path)));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        Assert.NotEmpty(new PromiseLoader().LoadFile(path).Channels);
    }

    [Fact]
    public void Should_be_referenced_by_the_example_for_editor_completion()
    {
        var firstLine = File.ReadLines(RepoPaths.Example()).First();

        Assert.Equal("# yaml-language-server: $schema=../../schema/ssla.schema.json", firstLine);
    }

    [Fact]
    public async Task Should_reject_an_unknown_key_in_the_schema_too()
    {
        var schema = await SchemaFile.LoadAsync();

        var errors = schema.Validate("""{"brand": {"name": "A", "slug": "a", "timezone": "UTC", "colour": "#fff"}, "channels": []}""");

        Assert.Contains(errors, e => e.Property == "colour" || (e.Path ?? "").Contains("colour", StringComparison.Ordinal));
    }
}
