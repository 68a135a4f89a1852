using SslaPublisher.Definition;
using SslaPublisher.Rendering.Badges;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgeLayoutTests
{
    public static TheoryData<string, string, BadgeStyle> Texts()
    {
        var data = new TheoryData<string, string, BadgeStyle>();
        foreach (var style in BadgeStyles.All)
        {
            data.Add("X replies", "15 min", style);
            data.Add("Facebook staffed", "Mon–Fri 8–8, Sat–Sun 10–4 ET", style);
            data.Add("LinkedIn replies", "2 days", style);
            data.Add("WWWWWWWW", "iiiiiiii", style);
            data.Add("مرحبا بكم", "שלום 😀 ok", style);
            data.Add(HostileLabel, "100% · 90 d", style);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_keep_each_text_inside_its_box(string label, string message, BadgeStyle style)
    {
        // Given a badge spec
        var spec = Spec(label, message, style);

        // When it is laid out
        var layout = BadgeLayout.Create(spec);

        // Then each text is pinned to at least its measured width and lies inside its side, with room to spare
        foreach (var side in new[] { layout.LabelSide, layout.MessageSide })
        {
            Assert.True(side.MeasuredWidth > 0, $"'{side.Text}' measured as zero wide");
            Assert.True(side.TextLength >= side.MeasuredWidth, $"'{side.Text}': textLength {side.TextLength} < measured {side.MeasuredWidth}");
            Assert.True(side.TextLeft >= side.X + 4, $"'{side.Text}' starts at {side.TextLeft}, box at {side.X}");
            Assert.True(side.TextRight <= side.X + side.Width - 4, $"'{side.Text}' ends at {side.TextRight}, box ends at {side.X + side.Width}");
        }
        Assert.Equal(layout.LabelSide.Width + layout.MessageSide.Width, layout.Width);
        Assert.Equal(layout.LabelSide.X + layout.LabelSide.Width, layout.MessageSide.X);
        Assert.Equal(Math.Floor(layout.Width), layout.Width);
    }

    [Fact]
    public void Should_measure_wide_letters_wider_than_narrow_ones()
    {
        // Given two labels of equal length, one of wide and one of narrow letters
        // When both are laid out
        var wide = BadgeLayout.Create(Spec("WWWWWWWW", "1"));
        var narrow = BadgeLayout.Create(Spec("iiiiiiii", "1"));

        // Then real font metrics make the first much wider (a per-character estimate would not)
        Assert.True(wide.LabelSide.Width > narrow.LabelSide.Width * 2, $"{wide.LabelSide.Width} vs {narrow.LabelSide.Width}");
    }

    [Theory]
    [InlineData(BadgeStyle.Flat, 20)]
    [InlineData(BadgeStyle.FlatSquare, 20)]
    [InlineData(BadgeStyle.ForTheBadge, 28)]
    public void Should_use_the_shields_height_of_each_style(BadgeStyle style, double height)
    {
        // Given / When a badge in the style
        var layout = BadgeLayout.Create(Spec("X replies", "15 min", style));

        // Then it has that style's height and, for for-the-badge, uppercase text with the message in bold
        Assert.Equal(height, layout.Height);
        Assert.Equal(style == BadgeStyle.ForTheBadge ? "X REPLIES" : "X replies", layout.LabelSide.Text);
        Assert.Equal(style == BadgeStyle.ForTheBadge, layout.MessageSide.Bold);
        Assert.Equal("X replies: 15 min", layout.AccessibleText);
    }

    [Fact]
    public void Should_follow_badge_makers_flat_geometry()
    {
        // Given "X replies | 15 min" in the flat style
        var layout = BadgeLayout.Create(Spec("X replies", "15 min"));

        // Then text widths are odd whole pixels, padded by 5 on each side, the label text 1 px right of centre
        Assert.Equal(1, layout.LabelSide.TextLength % 2);
        Assert.Equal(layout.LabelSide.TextLength + 10, layout.LabelSide.Width);
        Assert.Equal(1 + 5 + layout.LabelSide.TextLength / 2, layout.LabelSide.TextCenterX);
        Assert.Equal(layout.LabelSide.Width - 1 + 5 + layout.MessageSide.TextLength / 2, layout.MessageSide.TextCenterX);
    }

    [Fact]
    public void Should_lay_out_a_badge_without_label_as_the_message_alone()
    {
        // Given a spec with an empty label
        var layout = BadgeLayout.Create(Spec("", "96% on time"));

        // Then the message fills the badge and is the accessible text
        Assert.Equal(0, layout.LabelSide.Width);
        Assert.Equal(layout.MessageSide.Width, layout.Width);
        Assert.Equal("96% on time", layout.AccessibleText);
    }

    [Fact]
    public void Should_reject_a_badge_without_message()
    {
        // Given a spec whose message is only control characters
        // When / Then laying it out fails with a clear error rather than drawing an empty box
        var error = Assert.Throws<ArgumentException>(() => BadgeLayout.Create(Spec("X", "\u0001 ")));
        Assert.Contains("message", error.Message);
    }

    [Fact]
    public void Should_fail_clearly_when_a_cjk_message_meets_a_machine_without_a_cjk_font()
    {
        // Given fonts whose system folder holds no CJK font
        using var dir = new SslaPublisher.Tests.Support.TempDir();
        var typesetter = new BadgeTypesetter(SslaPublisher.Rendering.Fonts.FontLibrary.Load(new SslaPublisher.Rendering.Fonts.SystemFonts([dir.Path])));

        // When a Japanese message is measured
        var error = Assert.Throws<SslaPublisher.Rendering.Fonts.FontNotFoundException>(() => typesetter.Measure("返信 15 分", bold: false, 11));

        // Then the error says what to install instead of measuring text as zero wide
        Assert.Contains("fonts-noto-cjk", error.Message);
    }

    [Fact]
    public void Should_measure_with_dejavu_sans_first_as_the_svg_font_stack_renders()
    {
        // Given / When Latin text is shaped for a badge
        var line = BadgeTypesetter.Default.Shape("X replies", bold: false, size: 11);

        // Then it is one run in DejaVu Sans (the shared chain would start with Inter)
        Assert.Equal("DejaVuSans.ttf", Assert.Single(line.Runs).Face.Face.FileName);
    }

    [Fact]
    public void Should_keep_the_cleaned_text_on_one_line_without_control_characters()
    {
        // Given a label with a line break, a tab and control characters
        var layout = BadgeLayout.Create(new BadgeSpec("X\r\nreplies\t\u0007now", "15 min", RgbColor.Black, RgbColor.White));

        // Then the text is one line of single spaces
        Assert.Equal("X replies now", layout.Label);
    }
}

