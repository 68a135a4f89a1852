using System.Text.Json;
using System.Text.Json.Serialization;

namespace SslaPublisher.Site.Brands;

/// <summary>
/// <c>.ssla-build.json</c> in a multi-brand output folder: each brand's fingerprint, so the next build renders only
/// the brands whose inputs changed. It describes the folder it sits in, so it is replaced together with it.
/// </summary>
public sealed record BuildManifest(IReadOnlyDictionary<string, BuildManifest.Entry> Brands)
{
    /// <summary>File name inside the output folder (hidden, never published).</summary>
    public const string FileName = ".ssla-build.json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }.WithMetadata();

    /// <summary>One brand: where it came from and the fingerprint of its inputs.</summary>
    public sealed record Entry(string Source, string Fingerprint);

    /// <summary>The manifest of an output folder, or an empty one when there is none or it cannot be read.</summary>
    public static BuildManifest ReadOrEmpty(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllText(path), Json.For<BuildManifest>()) ?? Empty
                : Empty;
        }
        catch (JsonException)
        {
            // A damaged cache only costs a full rebuild.
            return Empty;
        }
    }

    /// <summary>No brands.</summary>
    public static BuildManifest Empty { get; } = new(new Dictionary<string, Entry>());

    /// <summary>Writes the manifest into a folder (brands in ordinal order, so the file is deterministic).</summary>
    public void WriteTo(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(
            new BuildManifest(new SortedDictionary<string, Entry>(Brands.ToDictionary(), StringComparer.Ordinal)), Json.For<BuildManifest>()));

    [JsonIgnore]
    internal bool IsEmpty => Brands.Count == 0;
}
