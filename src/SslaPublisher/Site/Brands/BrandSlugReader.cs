using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SslaPublisher.Site.Brands;

/// <summary>
/// Reads only <c>brand.slug</c> of an ssla.yaml, from YAML's event stream, without building or validating the rest:
/// what a shard needs to know about the agency's other brands (which shard each belongs to, and that no two share a
/// slug) at a small part of a full load's cost.
/// </summary>
internal static class BrandSlugReader
{
    /// <summary>The file's <c>brand.slug</c>, or null when the file cannot be read that far or has no such scalar.</summary>
    public static string? TryRead(string path)
    {
        try
        {
            using var reader = File.OpenText(path);
            var parser = new Parser(reader);
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            parser.Consume<MappingStart>();
            if (!FindKey(parser, "brand") || !parser.TryConsume<MappingStart>(out _) || !FindKey(parser, "slug")) return null;
            return parser.TryConsume<Scalar>(out var slug) ? slug.Value : null;
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Moves the parser to the value of `key` in the mapping it is in (true), or to the mapping's end (false).
    private static bool FindKey(IParser parser, string key)
    {
        while (!parser.Accept<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var name)) return false; // a complex key: not an ssla.yaml shape
            if (name.Value == key) return true;
            parser.SkipThisAndNestedEvents();
        }
        return false;
    }
}
