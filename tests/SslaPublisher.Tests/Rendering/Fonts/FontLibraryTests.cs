using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Fonts;

public class FontLibraryTests
{
    [Fact]
    public void Should_fail_naming_each_missing_file_and_the_fix_when_fonts_are_not_installed()
    {
        // Given a font folder holding nothing
        using var empty = new TempDir();

        // When the library loads from it
        var error = Assert.Throws<FontNotFoundException>(() => FontLibrary.Load(new FontFiles([empty.Path])));

        // Then the error lists the files, where they come from, where it looked and how to fix it
        Assert.Contains("Inter_400Regular.ttf", error.Message);
        Assert.Contains("NotoSansCJK-Regular.ttc", error.Message);
        Assert.Contains("fonts-noto-cjk", error.Message);
        Assert.Contains(empty.Path, error.Message);
        Assert.Contains("SSLA_FONTS", error.Message);
    }

    [Fact]
    public void Should_find_fonts_only_in_the_given_folders()
    {
        // Given a folder with one bundled font copied into a subfolder
        using var dir = new TempDir();
        var source = FontFiles.FromEnvironment().Find("Inter_400Regular.ttf");
        Assert.NotNull(source);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        File.Copy(source, Path.Combine(dir.Path, "sub", "Inter_400Regular.ttf"));
        var files = new FontFiles([dir.Path]);

        // Then that file is found there, and a file the folder lacks is not looked for anywhere else
        Assert.Equal(Path.Combine(dir.Path, "sub", "Inter_400Regular.ttf"), files.Find("Inter_400Regular.ttf"));
        Assert.Null(files.Find("NotoColorEmoji.ttf"));
    }

    [Fact]
    public void Should_load_every_bundled_face_in_fallback_order()
    {
        // When the default library loads
        var chain = FontLibrary.Default.Chain(FontWeight.Bold);

        // Then Latin comes first and DejaVu last, every face with glyphs
        Assert.Equal("Inter Bold", chain[0].Face.Name);
        Assert.Equal("DejaVu Sans Bold", chain[^1].Face.Name);
        Assert.All(chain, f => Assert.True(f.Typeface.GlyphCount > 100, f.Face.Name));
    }
}
