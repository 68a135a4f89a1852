using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>An agency folder builds every brand, reuses unchanged ones, and fails as a whole on any problem.</summary>
public class MultiBrandBuildTests
{
    private static MultiBrandBuilder Builder() => new(SiteBuilder.CreateDefault(TemplateSet.Default));

    [Fact]
    public void Should_build_every_brand_under_its_slug_with_an_index_of_brands()
    {
        using var dir = new TempDir();
        SampleBrands.Write(Path.Combine(dir.Path, "agency"), count: 3, channels: 2);
        var output = Path.Combine(dir.Path, "site");

        var results = Builder().Build(Path.Combine(dir.Path, "agency"), output);

        Assert.Equal(["brand-0000", "brand-0001", "brand-0002"], results.Select(r => r.Slug).ToArray());
        Assert.All(results, r => Assert.True(File.Exists(Path.Combine(output, r.Slug, "index.html"))));
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.All(results, r => Assert.Contains($"href=\"{r.Slug}/index.html\"", index, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "brands.json")));
    }

    [Fact]
    public void Should_render_again_only_the_brand_whose_file_changed()
    {
        // Given an agency built once
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        var files = SampleBrands.Write(agency, count: 3, channels: 2);
        var output = Path.Combine(dir.Path, "site");
        Builder().Build(agency, output);
        var untouched = File.ReadAllBytes(Path.Combine(output, "brand-0002", "index.html"));

        // When one brand's summary changes and the agency is built again
        File.WriteAllText(files[1], File.ReadAllText(files[1]).Replace("Orders, deliveries", "Parcels, deliveries", StringComparison.Ordinal));
        var results = Builder().Build(agency, output);

        // Then only that brand is rendered, the others are reused byte for byte, and the change is in the output
        Assert.Equal(["brand-0001"], results.Where(r => !r.Reused).Select(r => r.Slug).ToArray());
        Assert.Equal(untouched, File.ReadAllBytes(Path.Combine(output, "brand-0002", "index.html")));
        Assert.Contains("Parcels, deliveries", File.ReadAllText(Path.Combine(output, "brand-0001", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_a_brand_again_when_its_banner_image_changes_under_the_same_name()
    {
        // Given an agency whose first brand's banners show a photo beside its ssla.yaml, built once
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        var files = SampleBrands.Write(agency, count: 2, channels: 1);
        var image = Path.Combine(Path.GetDirectoryName(files[0])!, "photo.png");
        WritePng(image, SkiaSharp.SKColors.DarkSlateBlue);
        File.WriteAllText(files[0], File.ReadAllText(files[0]).Replace("brand:\n", "brand:\n  banner: {layout: photo, image: photo.png}\n", StringComparison.Ordinal));
        var output = Path.Combine(dir.Path, "site");
        Builder().Build(agency, output);
        var banner = Directory.GetFiles(Path.Combine(output, "brand-0000", "banners"), "*.png").Single();
        var before = File.ReadAllBytes(banner);

        // When only the photo's pixels change and the agency is built again
        WritePng(image, SkiaSharp.SKColors.OrangeRed);
        var results = Builder().Build(agency, output);

        // Then that brand is rendered again with the new photo, and the other is reused
        Assert.Equal(["brand-0000"], results.Where(r => !r.Reused).Select(r => r.Slug).ToArray());
        Assert.NotEqual(before, File.ReadAllBytes(banner));
    }

    private static void WritePng(string path, SkiaSharp.SKColor color)
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 32);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    [Fact]
    public void Should_render_everything_again_when_a_template_override_changes()
    {
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        SampleBrands.Write(agency, count: 2, channels: 1);
        var output = Path.Combine(dir.Path, "site");
        var overrides = Path.Combine(dir.Path, "templates");
        Directory.CreateDirectory(overrides);
        new MultiBrandBuilder(SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(overrides))).Build(agency, output);

        File.WriteAllText(Path.Combine(overrides, "unused.txt"), "changed");
        var results = new MultiBrandBuilder(SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(overrides))).Build(agency, output);

        Assert.All(results, r => Assert.False(r.Reused));
    }

    [Fact]
    public void Should_report_the_problems_of_every_brand_and_keep_the_previous_output()
    {
        // Given an agency built once
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        var files = SampleBrands.Write(agency, count: 3, channels: 1);
        var output = Path.Combine(dir.Path, "site");
        Builder().Build(agency, output);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToArray();

        // When two brands break in different ways
        File.WriteAllText(files[0], File.ReadAllText(files[0]).Replace("timezone:", "timezon:", StringComparison.Ordinal));
        File.WriteAllText(files[2], File.ReadAllText(files[2]).Replace("slug: brand-0002", "slug: brand-0001", StringComparison.Ordinal));
        var error = Assert.Throws<DefinitionException>(() => Builder().Build(agency, output));

        // Then both are reported with their file and line, and the output is as it was
        Assert.Contains(error.Diagnostics, d => d.File.EndsWith(Path.Combine("brand-0000", "ssla.yaml"), StringComparison.Ordinal) && d.Message.Contains("unknown key 'timezon'", StringComparison.Ordinal));
        Assert.Contains(error.Diagnostics, d => d.File.EndsWith(Path.Combine("brand-0002", "ssla.yaml"), StringComparison.Ordinal) && d.Line == 3 && d.Message.Contains("'brand-0001' is already used", StringComparison.Ordinal));
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public void Should_leave_the_previous_output_and_no_staging_folder_when_cancelled()
    {
        // Given an agency built once
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        SampleBrands.Write(agency, count: 2, channels: 1);
        var output = Path.Combine(dir.Path, "site");
        Builder().Build(agency, output);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToArray();

        // When a rebuild is cancelled (Ctrl-C cancels the command's token)
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Builder().Build(agency, output, new MultiBrandBuildOptions { UseCache = false }, cancelled.Token));

        // Then the output is as it was and nothing else is left beside it
        Assert.Equal(before, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order().ToArray());
        Assert.Equal(["agency", "site"], Directory.EnumerateFileSystemEntries(dir.Path).Select(p => Path.GetFileName(p)!).Order().ToArray());
    }

    [Fact]
    public void Should_say_so_when_the_folder_has_no_brands()
    {
        using var dir = new TempDir();

        var error = Assert.Throws<DefinitionException>(() => Builder().Build(dir.Path, Path.Combine(dir.Path, "site")));

        Assert.Contains("no ssla.yaml found", error.Message, StringComparison.Ordinal);
    }
}
