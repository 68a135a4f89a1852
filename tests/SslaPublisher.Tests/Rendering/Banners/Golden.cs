using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>
/// Golden PNGs beside the tests (<c>Golden/*.png</c>). Run the tests with <c>SSLA_UPDATE_GOLDEN=1</c> to rewrite them
/// (and the README gallery in <c>docs/gallery/</c>) after an intended change; look at every one before committing.
/// </summary>
public static class Golden
{
    /// <summary>Share of pixels that may differ (anti-aliasing noise between machines).</summary>
    public const double TolerancePercent = 0.5;

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Banners", "Golden");

    public static string GalleryFolder => Path.Combine(RepoPaths.Root, "docs", "gallery");

    public static bool Updating => Environment.GetEnvironmentVariable("SSLA_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string name, byte[] actualPng)
    {
        var path = Path.Combine(Folder, name + ".png");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actualPng);
            var gallery = Path.Combine(GalleryFolder, name + ".png");
            Directory.CreateDirectory(Path.GetDirectoryName(gallery)!);
            File.WriteAllBytes(gallery, actualPng);
            return;
        }
        Assert.True(File.Exists(path), $"No golden image {path}; run the tests with SSLA_UPDATE_GOLDEN=1 and look at it.");
        var result = TolerantPngComparer.Compare(File.ReadAllBytes(path), actualPng);
        if (!result.Within(TolerancePercent))
        {
            var actualPath = Path.Combine(Path.GetTempPath(), $"ssla-actual-{name.Replace('/', '-')}.png");
            File.WriteAllBytes(actualPath, actualPng);
            Assert.Fail($"{name}: {result} (allowed {TolerancePercent}%); the new rendering is at {actualPath}");
        }
    }
}
