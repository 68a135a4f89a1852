using System.Text.Json;
using NJsonSchema;
using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;
using YamlDotNet.Serialization;

namespace SslaPublisher.Tests.Definition;

/// <summary>The agreement's part of the editor schema accepts the same keys as the loader, and the same files.</summary>
public class AgreementSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "schema", "ssla.schema.json");

    // Same path convention as SchemaTests: first part names a definition, the rest walk "properties".
    public static TheoryData<string, string[]> Sections() => new()
    {
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
    public void Should_list_the_same_agreement_keys_in_schema_and_loader(string section, string[] loaderKeys)
    {
        // Given the schema's object for a section
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var parts = section.Split('.');
        var node = schema.RootElement.GetProperty("definitions").GetProperty(parts[0]);
        foreach (var part in parts.Skip(1)) node = node.GetProperty("properties").GetProperty(part);

        // When its properties are listed
        var schemaKeys = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToArray();

        // Then they are the loader's keys, and the object refuses others
        Assert.Equal(loaderKeys.Order().ToArray(), schemaKeys);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task Should_reject_what_the_loader_rejects_for_a_crisis_contact_without_phone_or_email()
    {
        // Given the schema and an agreement whose only contact cannot be reached
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var yaml = AgreementYaml.With(AgreementYaml.Full
            .Replace(", phone: \"+44 20 7946 0123\"", "")
            .Replace(", email: dana@acme-air.example", ""));

        // When both check it
        var schemaErrors = schema.Validate(YamlToJson(yaml));
        var loaderErrors = AgreementYaml.Problems(yaml);

        // Then both refuse it
        Assert.NotEmpty(schemaErrors);
        Assert.Equal(2, loaderErrors.Count(p => p.Message.Contains("no phone or email")));
    }

    [Fact]
    public async Task Should_accept_the_full_test_agreement()
    {
        // Given the schema and the agreement the reader tests start from
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        // When it is validated
        var errors = schema.Validate(YamlToJson(AgreementYaml.With(AgreementYaml.Full)));

        // Then nothing is wrong
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    private static string YamlToJson(string yaml)
    {
        var data = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        return new SerializerBuilder().JsonCompatible().Build().Serialize(data);
    }
}
