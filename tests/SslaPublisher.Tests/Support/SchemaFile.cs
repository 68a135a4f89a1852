using NJsonSchema;
using YamlDotNet.Serialization;

namespace SslaPublisher.Tests.Support;

/// <summary>schema/ssla.schema.json, and YAML as the schema sees it.</summary>
public static class SchemaFile
{
    public static readonly string Path = System.IO.Path.Combine(RepoPaths.Root, "schema", "ssla.schema.json");

    public static Task<JsonSchema> LoadAsync() => JsonSchema.FromFileAsync(Path);

    /// <summary>YAML as JSON text. YAML's plain scalars carry no type; the loader reads them as text, so the schema
    /// checks them as strings too.</summary>
    public static string YamlToJson(string yaml)
    {
        var data = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        return new SerializerBuilder().JsonCompatible().Build().Serialize(data);
    }
}
