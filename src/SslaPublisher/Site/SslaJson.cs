using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SslaPublisher.Publishing;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Site;

/// <summary>
/// The JSON files ssla writes and reads back through <see cref="JsonSerializer"/> (the built site's manifest, the
/// build cache's, a shard's publish manifest, an agency's <c>brands.json</c>), described at compile time: no
/// reflection over their types when a command starts (its first serialization took ≈ 20 ms of every build's wall
/// time), and nothing for a trimmed or ahead-of-time compiled tool to lose. Each file keeps its own options (naming,
/// indentation, what is left out), so the bytes are the ones reflection wrote.
/// </summary>
// Three of the files have a nested type named Entry: each gets a name of its own in the generated code.
[JsonSerializable(typeof(SiteManifest))]
[JsonSerializable(typeof(SiteManifest.Entry), TypeInfoPropertyName = "SiteManifestEntry")]
[JsonSerializable(typeof(IReadOnlyList<SiteManifest.Entry>), TypeInfoPropertyName = "SiteManifestEntries")]
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(BuildManifest.Entry), TypeInfoPropertyName = "BuildManifestEntry")]
[JsonSerializable(typeof(ShardManifest))]
[JsonSerializable(typeof(ShardManifest.Entry), TypeInfoPropertyName = "ShardManifestEntry")]
[JsonSerializable(typeof(IReadOnlyList<ShardManifest.Entry>), TypeInfoPropertyName = "ShardManifestEntries")]
[JsonSerializable(typeof(BrandIndexPage.BrandsFile))]
internal sealed partial class SslaJsonContext : JsonSerializerContext;

/// <summary>Options over <see cref="SslaJsonContext"/>'s metadata, and the typed metadata they give.</summary>
internal static class SslaJson
{
    /// <summary><paramref name="options"/> with the compile-time metadata as its only source of type information.</summary>
    public static JsonSerializerOptions WithMetadata(this JsonSerializerOptions options)
    {
        options.TypeInfoResolver = SslaJsonContext.Default;
        return options;
    }

    /// <summary>The metadata of <typeparamref name="T"/> under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<T> For<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
