using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Fonts;

public class UnicodeCaseTests
{
    [Theory]
    [InlineData("Straße", "STRASSE")]
    [InlineData("ﬁle ﬂow", "FILE FLOW")]
    [InlineData("ὀδυσσεύς", "ὈΔΥΣΣΕΎΣ")]
    [InlineData("ǰ", "J̌")]
    [InlineData("replies in 15 min", "REPLIES IN 15 MIN")]
    [InlineData("مرحبا 😀", "مرحبا 😀")]
    public void Should_upper_case_with_full_Unicode_case_mapping(string text, string expected)
    {
        // As JavaScript's toUpperCase (shields.io's for-the-badge) does: one letter may become two (ß → SS), and both
        // sigmas become Σ
        Assert.Equal(expected, UnicodeCase.ToUpper(text));
    }
}
