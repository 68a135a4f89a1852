using System.Text.Json;
using System.Text.Json.Serialization;

namespace SslaPublisher.Site;

/// <summary>
/// <c>.ssla-site.json</c> beside a built site: how each file is served (Content-Type, Cache-Control, internal or
/// public) and, at an agency's root, which brand folders belong to it. It is what lets <c>ssla publish --from</c>
/// upload a built folder exactly as a publish that rendered it in memory would.
/// </summary>
/// <remarks>
/// Written by the build in the same staging folder as the files it describes, so it is replaced together with
/// them; an unchanged agency brand keeps its own (carried over with the brand's folder). No timestamps and ordinal
/// order: the same site gives the same bytes.
/// </remarks>
/// <param name="Slug">The brand's slug (the default publish prefix), or null at an agency's root.</param>
/// <param name="Brands">At an agency's root, the slugs of the brand folders in it (ordinal order); null for one brand.</param>
/// <param name="Files">Every file of the site, in ordinal path order.</param>
/// <param name="Agency">At an agency's root, the slugs of all its brands: more than <paramref name="Brands"/> when the
/// folder holds one shard of a sharded build (or only the index).</param>
/// <param name="Shard">At the root of one shard of a sharded agency build, which one (<c>i/n</c>); null otherwise.</param>
public sealed record SiteManifest(string? Slug, IReadOnlyList<string>? Brands, IReadOnlyList<SiteManifest.Entry> Files,
    IReadOnlyList<string>? Agency = null, string? Shard = null)
{
    /// <summary>File name inside a built site's folder (hidden: never published).</summary>
    public const string FileName = ".ssla-site.json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    }.WithMetadata();

    /// <summary>One file: its path in the site and the headers it is served with.</summary>
    public sealed record Entry(string Path, string Type, string Cache, bool Internal = false);

    /// <summary>The manifest of a built site.</summary>
    public static SiteManifest Of(SiteContent site, string? slug = null, IEnumerable<string>? brands = null, IEnumerable<string>? agency = null,
        string? shard = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var entries = site.Files.Values
            .Select(f => new Entry(f.Path, f.ContentType, f.CacheControl, f.Visibility == SiteFileVisibility.Internal))
            .ToList();
        return new SiteManifest(slug, brands?.Order(StringComparer.Ordinal).ToList(), entries, agency?.Order(StringComparer.Ordinal).ToList(), shard);
    }

    /// <summary>Writes <c>.ssla-site.json</c> into <paramref name="folder"/>.</summary>
    public void WriteTo(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json.For<SiteManifest>()) + "\n");

    /// <summary>Whether <paramref name="folder"/> holds a manifest.</summary>
    public static bool ExistsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>The manifest in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">It is missing or cannot be read; the message names the file.</exception>
    public static SiteManifest ReadFrom(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new InvalidDataException($"{path}: missing; this folder was not written by 'ssla build' (or by an older version): build it again");
        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllText(path), Json.For<SiteManifest>());
            if (manifest?.Files is null || manifest.Files.Any(f => f?.Path is null || f.Type is null || f.Cache is null))
                throw new InvalidDataException($"{path}: not a site manifest (no 'files' with path, type and cache): build the folder again");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{e.LineNumber + 1}: not valid JSON ({e.Message.Split('.')[0]}): build the folder again");
        }
    }
}
