using SslaPublisher.Publishing;

namespace SslaPublisher.Tests.Publishing;

public sealed class PublishPrefixTests
{
    [Theory]
    [InlineData("acme-air", "acme-air/")]
    [InlineData("acme-air/", "acme-air/")]
    [InlineData("brands/acme", "brands/acme/")]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData(null, "")]
    public void Should_normalize_to_a_folder_prefix(string? given, string expected)
    {
        // When normalizing
        var prefix = PublishPrefix.Normalize(given);

        // Then it is the root or ends in exactly one slash
        Assert.Equal(expected, prefix);
    }

    [Theory]
    [InlineData("../other/")]
    [InlineData("/abs/")]
    [InlineData("a//b/")]
    [InlineData("a b/")]
    [InlineData("a/../../b")]
    public void Should_refuse_a_prefix_that_could_escape(string given)
    {
        // When normalizing an unsafe prefix
        var error = Assert.Throws<ArgumentException>(() => PublishPrefix.Normalize(given));

        // Then the error names the prefix
        Assert.Contains(given, error.Message);
    }
}
