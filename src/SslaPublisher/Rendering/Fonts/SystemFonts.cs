using System.Collections.Immutable;
using SkiaSharp;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// Finds a face among the machine's fonts by family name, for the one script too large to ship (CJK), without
/// fontconfig (SkiaSharp's Linux build here has none): the usual font folders of the operating system are searched,
/// files whose name hints at the family first.
/// </summary>
/// <remarks>Searching is slow compared with a build, so it happens only when a text needs the face, once per process.</remarks>
public sealed class SystemFonts
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    /// <summary>Searches <paramref name="folders"/> (and their subfolders), in order.</summary>
    public SystemFonts(IEnumerable<string> folders) => Folders = [.. folders.Select(Path.GetFullPath)];

    /// <summary>The folders searched, in order.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>The font folders of this operating system and user.</summary>
    public static SystemFonts ForThisMachine()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return new([
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"),
            ]);
        if (OperatingSystem.IsMacOS())
            return new(["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")]);
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share");
        return new(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(dataHome, "fonts"), Path.Combine(home, ".fonts")]);
    }

    /// <summary>The face of <paramref name="face"/>'s families and weight, or null when the machine has none.</summary>
    public SKTypeface? Find(FontFace face)
    {
        var files = Folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        // Files named like the hint (NotoSansCJK-Bold.ttc) are opened first; the rest only when they do not match.
        var hint = Path.GetFileNameWithoutExtension(face.FileName).Split('-')[0];
        var ordered = files.Where(f => Path.GetFileName(f).Contains(hint, StringComparison.OrdinalIgnoreCase))
            .Concat(files.Where(f => !Path.GetFileName(f).Contains(hint, StringComparison.OrdinalIgnoreCase)));
        var wanted = (int)(face.Weight == FontWeight.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal);
        var families = face.SystemFamilies ?? [];
        // One pass: keep the face of the most preferred family, the right weight before any other.
        (SKTypeface Face, int Rank)? best = null;
        foreach (var file in ordered)
        {
            foreach (var typeface in FacesOf(file))
            {
                var family = families.Select((name, i) => (name, i))
                    .FirstOrDefault(f => string.Equals(f.name, typeface.FamilyName, StringComparison.OrdinalIgnoreCase));
                var rank = family.name is null ? int.MaxValue : family.i * 2 + (typeface.FontStyle.Weight == wanted ? 0 : 1);
                if (rank == int.MaxValue || best is { } b && b.Rank <= rank) { typeface.Dispose(); continue; }
                best?.Face.Dispose();
                best = (typeface, rank);
                if (rank == 0) return typeface;
            }
        }
        return best?.Face;
    }

    // Every face of a file (a .ttc holds several); unreadable files have none.
    private static IEnumerable<SKTypeface> FacesOf(string file)
    {
        for (var index = 0; index < 64; index++)
        {
            var typeface = SKTypeface.FromFile(file, index);
            if (typeface is null) yield break;
            yield return typeface;
            if (!file.EndsWith('c') && !file.EndsWith('C')) yield break;
        }
    }
}
