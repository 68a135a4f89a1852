using System.Globalization;
using SslaPublisher.Input;
using SslaPublisher.Site.Output;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Which banner layout a brand or channel uses (<c>banner:</c> in ssla.yaml), and the brand image the <c>photo</c> and
/// <c>split</c> layouts show.
/// </summary>
/// <param name="Layout">The layout's name: the file <c>templates/banners/&lt;layout&gt;.yaml</c>.</param>
/// <param name="Image">Full path of the brand image (PNG, JPEG or WebP beside ssla.yaml), or null.</param>
/// <param name="FocalX">Where the image's subject is, as a fraction of its width: crops keep it in view.</param>
/// <param name="FocalY">Where the image's subject is, as a fraction of its height.</param>
public sealed record BannerChoice(string Layout, string? Image, double FocalX, double FocalY)
{
    /// <summary>The layouts every template set has.</summary>
    public static readonly string[] BuiltInLayouts = ["solid", "photo", "split", "pattern"];

    /// <summary>Today's flat layout, with no image.</summary>
    public static BannerChoice Default { get; } = new("solid", null, 0.5, 0.5);
}

/// <summary>Reads <c>brand.banner</c> and <c>channels[].banner</c>; a channel's keys override the brand's.</summary>
internal static class BannerChoiceReader
{
    /// <summary>Reads the <c>banner</c> mapping under <paramref name="parent"/>; <paramref name="inherited"/> fills what it leaves out.</summary>
    /// <remarks>With <paramref name="decodeImages"/> false the image is checked for everything but its pixels (see <see cref="PromiseLoader.DecodeImages"/>).</remarks>
    public static BannerChoice Read(MappingReader parent, string baseDirectory, BannerChoice inherited, bool decodeImages = true)
    {
        var node = parent.Node("banner");
        if (node is null) return inherited;
        var r = new MappingReader(node, parent.Child("banner"), DefinitionKeys.Banner, parent.Bag);
        var layout = r.String("layout") ?? inherited.Layout;
        if (!IsLayoutName(layout))
            r.Bag.Add(r.Node("layout")!, r.Child("layout"),
                $"'{layout}' is not a layout name; use {string.Join(", ", BannerChoice.BuiltInLayouts)} or the name of a file in your templates' banners/ folder");
        var image = r.Has("image") ? ImageFileField.Read(r, "image", baseDirectory, decodeImages) : inherited.Image;
        var (x, y) = r.Has("focal") ? ReadFocal(r) : (inherited.FocalX, inherited.FocalY);
        if (layout is "photo" && image is null && !r.Has("image"))
            r.Bag.Add(r.Node("layout")!, r.Child("layout"), "the photo layout needs an image: add image: <file beside ssla.yaml>");
        return new BannerChoice(layout, image, x, y);
    }

    private static bool IsLayoutName(string name) =>
        name.Length is > 0 and <= 40 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static (double, double) ReadFocal(MappingReader r)
    {
        var node = r.Node("focal")!;
        if (node is YamlSequenceNode { Children.Count: 2 } pair
            && pair.Children[0] is YamlScalarNode { Value: { } xs } && pair.Children[1] is YamlScalarNode { Value: { } ys }
            && double.TryParse(xs, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1
            && double.TryParse(ys, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && y is >= 0 and <= 1)
            return (x, y);
        r.Bag.Add(node, r.Child("focal"), "write the image's focal point as [x, y], fractions from 0 to 1 of its width and height ([0.5, 0.5] is the centre)");
        return (0.5, 0.5);
    }
}

/// <summary>
/// An image file named in ssla.yaml (the logo, the banner image): beside the file and inside its folder once every
/// symbolic link is followed, PNG, JPEG or WebP, existing, and passing <see cref="LogoCheck"/>.
/// </summary>
internal static class ImageFileField
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>The real path of the image named at <paramref name="key"/>, or null (with an error when it is named but unusable).</summary>
    /// <remarks>
    /// <paramref name="decode"/> false leaves out <see cref="LogoCheck"/> (decoding the image), for commands that never
    /// draw or publish it: SkiaSharp's first use scans every system font (docs/BENCHMARKS.md, "Cold start").
    /// </remarks>
    public static string? Read(MappingReader r, string key, string baseDirectory, bool decode = true)
    {
        var text = r.String(key);
        if (text is null) return null;
        var node = r.Node(key)!;
        var field = r.Child(key);
        var full = Path.GetFullPath(Path.Combine(baseDirectory, text));
        string real, realBase;
        try
        {
            real = RealPath.Of(Path.Combine(baseDirectory, text));
            realBase = RealPath.Of(baseDirectory);
        }
        catch (IOException e)
        {
            r.Bag.Add(node, field, $"{UntrustedText.Quote(text)}: {e.Message}");
            return null;
        }
        // Inside by name and inside once every symbolic link is followed: a link named 'sub' that points elsewhere
        // must not carry a file from outside into the published site.
        var inside = full.StartsWith(baseDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && RealPath.IsSameOrInside(real, realBase) && real != realBase;
        if (!inside)
            r.Bag.Add(node, field, $"{UntrustedText.Quote(text)} is outside the folder of ssla.yaml (symbolic links followed); keep the {key} beside the file");
        else if (!Extensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
            r.Bag.Add(node, field, $"{UntrustedText.Quote(text)} must be a PNG, JPEG or WebP image");
        else if (!File.Exists(real))
            r.Bag.Add(node, field, $"{UntrustedText.Quote(text)} does not exist (looked for {full})");
        else if (decode && LogoCheck.Problem(real) is { } problem)
            r.Bag.Add(node, field, $"{UntrustedText.Quote(text)} {problem}");
        else
            return real;
        return null;
    }
}
