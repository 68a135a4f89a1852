using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Fonts;

public class FontLibraryTests
{
    private const string DebianCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    [Fact]
    public void Should_draw_every_shipped_script_with_no_font_file_on_the_machine()
    {
        // Given a library whose system font folder is empty: only what ships inside the library
        using var empty = new TempDir();
        var fonts = FontLibrary.Load(new SystemFonts([empty.Path]));

        // When Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari and emoji text look for their faces
        string Face(string cluster) => fonts.FaceFor(cluster, FontWeight.Regular).Face.Name;

        // Then each is drawn by the face made for it
        Assert.Equal("Inter", Face("A"));
        Assert.Equal("Inter", Face("Ω"));
        Assert.Equal("Inter", Face("Ж"));
        Assert.Equal("Noto Sans Arabic", Face("ع"));
        Assert.Equal("Noto Sans Hebrew", Face("ש"));
        Assert.Equal("Noto Sans Devanagari", Face("न"));
        Assert.Equal("Noto Color Emoji", Face("😀"));
        Assert.Equal("DejaVu Sans", Face("☈"));
    }

    [Fact]
    public void Should_ask_for_a_cjk_font_only_when_a_text_needs_one()
    {
        // Given a machine without CJK fonts
        using var empty = new TempDir();
        var fonts = FontLibrary.Load(new SystemFonts([empty.Path]));

        // When Thai (no face has it) and emoji pass the CJK slot of the chain, nothing is asked for
        Assert.Equal("Inter Bold", fonts.FaceFor("ก", FontWeight.Bold).Face.Name);
        Assert.Equal("Noto Color Emoji", fonts.FaceFor("👍🏽", FontWeight.Bold).Face.Name);

        // Then Japanese text fails, naming the package to install on each system and where it looked
        var error = Assert.Throws<FontNotFoundException>(() => fonts.FaceFor("東", FontWeight.Regular));
        Assert.Contains("'東'", error.Message);
        Assert.Contains("fonts-noto-cjk", error.Message);
        Assert.Contains("brew install --cask font-noto-sans-cjk", error.Message);
        Assert.Contains("Windows", error.Message);
        Assert.Contains(empty.Path, error.Message);
    }

    [Fact]
    public void Should_find_the_cjk_face_by_family_name_whatever_its_file_is_called()
    {
        // Given the machine's Noto Sans CJK collection under a name that does not hint at it
        Assert.True(File.Exists(DebianCjk), $"{DebianCjk} is missing: scripts/setup.sh installs fonts-noto-cjk for the tests.");
        using var dir = new TempDir();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "collection.ttc"), DebianCjk);
        var fonts = FontLibrary.Load(new SystemFonts([dir.Path]));

        // When Japanese text looks for its face
        var face = fonts.FaceFor("東", FontWeight.Regular);

        // Then the Japanese face of the collection is found by its family name
        Assert.Equal("Noto Sans CJK JP", face.Typeface.FamilyName);
    }

    [Fact]
    public void Should_load_every_face_in_fallback_order()
    {
        // When the default library loads
        var chain = FontLibrary.Default.Chain(FontWeight.Bold);

        // Then Latin comes first and DejaVu last, every face with glyphs
        Assert.Equal("Inter Bold", chain[0].Face.Name);
        Assert.Equal("DejaVu Sans Bold", chain[^1].Face.Name);
        Assert.All(chain, f => Assert.True(f.Typeface.GlyphCount > 100, f.Face.Name));
    }
}
