using SslaPublisher.Definition;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

/// <summary>The agreement's part of the editor schema refuses and accepts what the loader does (its keys are compared in SchemaTests).</summary>
public class AgreementSchemaTests
{
    [Fact]
    public async Task Should_reject_what_the_loader_rejects_for_a_crisis_contact_without_phone_or_email()
    {
        // Given the schema and an agreement whose only contact cannot be reached
        var schema = await SchemaFile.LoadAsync();
        var yaml = AgreementYaml.With(AgreementYaml.Full
            .Replace(", phone: \"+44 20 7946 0123\"", "")
            .Replace(", email: dana@acme-air.example", ""));

        // When both check it
        var schemaErrors = schema.Validate(SchemaFile.YamlToJson(yaml));
        var loaderErrors = AgreementYaml.Problems(yaml);

        // Then both refuse it
        Assert.NotEmpty(schemaErrors);
        Assert.Equal(2, loaderErrors.Count(p => p.Message.Contains("no phone or email")));
    }

    [Fact]
    public async Task Should_accept_the_full_test_agreement()
    {
        // Given the schema and the agreement the reader tests start from
        var schema = await SchemaFile.LoadAsync();

        // When it is validated
        var errors = schema.Validate(SchemaFile.YamlToJson(AgreementYaml.With(AgreementYaml.Full)));

        // Then nothing is wrong
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }
}
