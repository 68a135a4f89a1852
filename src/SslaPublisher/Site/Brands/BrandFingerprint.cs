using SslaPublisher.Inputs;
using System.Security.Cryptography;
using System.Text;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Site.Brands;

/// <summary>
/// A hash of everything a brand's output depends on: its ssla.yaml, its logo and banner images, every template file (built-in and
/// override) and the tool itself. Equal fingerprints mean the previous output can be reused as it is.
/// </summary>
public static class BrandFingerprint
{
    // Deterministic builds give the assembly a content-derived module version id: any code change changes it.
    private static readonly string ToolVersion = typeof(BrandFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Hash of the template set, computed once per build and shared by every brand.</summary>
    public static string OfTemplates(TemplateSet templates)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in templates.All())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.RelativePath + "\n"));
            hash.AppendData(file.Bytes);
            hash.AppendData("\0"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hash of one brand's inputs together with the templates' hash.</summary>
    /// <param name="promise">The brand.</param>
    /// <param name="templatesFingerprint">From <see cref="OfTemplates"/>.</param>
    /// <param name="files">Where ssla.yaml and the logo are read from (the disk by default).</param>
    /// <param name="noticesInForce">The notices stated at the build instant (<see cref="PromiseInForce.Key"/>): a scheduled
    /// rebuild must render a brand again when a temporary promise starts or ends, though no file changed.</param>
    public static string Of(Promise promise, string templatesFingerprint, IInputFiles? files = null, string noticesInForce = "")
    {
        files ??= DiskFiles.Instance;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{ToolVersion}\n{templatesFingerprint}\n{noticesInForce}\n"));
        hash.AppendData(files.ReadAllBytes(promise.SourcePath));
        if (promise.Brand.Logo is { } logo) hash.AppendData(files.ReadAllBytes(logo));
        // The banners' brand images are inputs too: a new photo under the same name must draw new banners.
        var images = promise.Channels.Select(c => c.Banner.Image).Prepend(promise.Brand.Banner.Image)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var image in images)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\0image\0" + image + "\n"));
            hash.AppendData(files.ReadAllBytes(image));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
