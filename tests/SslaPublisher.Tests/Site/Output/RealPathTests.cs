using SslaPublisher.Site.Output;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site.Output;

public class RealPathTests
{
    [Fact]
    public void Should_resolve_links_in_every_component_and_keep_the_part_that_does_not_exist()
    {
        // Given a/b/real, and link -> a/b (a relative link), and hop -> link (a chain)
        using var dir = new TempDir();
        var real = Path.Combine(dir.Path, "a", "b");
        Directory.CreateDirectory(Path.Combine(real, "real"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "link"), Path.Combine("a", "b"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "hop"), Path.Combine(dir.Path, "link"));
        var root = RealPath.Of(dir.Path);

        // Then the paths through the links lead to a/b, with what follows them kept
        Assert.Equal(Path.Combine(root, "a", "b", "real"), RealPath.Of(Path.Combine(dir.Path, "link", "real")));
        Assert.Equal(Path.Combine(root, "a", "b", "not-yet", "site"), RealPath.Of(Path.Combine(dir.Path, "hop", "not-yet", "site")));
        Assert.Equal(Path.Combine(root, "a"), RealPath.Of(Path.Combine(dir.Path, "link", "..")));
    }

    [Fact]
    public void Should_fail_on_a_loop_of_links_instead_of_hanging()
    {
        using var dir = new TempDir();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "x"), Path.Combine(dir.Path, "y"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "y"), Path.Combine(dir.Path, "x"));

        var e = Assert.Throws<IOException>(() => RealPath.Of(Path.Combine(dir.Path, "x", "site")));
        Assert.Contains("too many levels of symbolic links", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a/", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/x", "/", true)]
    public void Should_tell_a_folder_below_another_from_a_sibling_with_a_longer_name(string inner, string outer, bool inside)
    {
        Assert.Equal(inside, RealPath.IsSameOrInside(inner, outer));
    }
}
