using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

public class FolderOutputTests
{
    private static SiteContent SiteOf(params (string Path, string Text)[] files) =>
        SiteContent.Empty.With(files.Select(f => SiteFile.Text(f.Path, f.Text, "text/plain")));

    [Fact]
    public void Should_replace_the_folder_with_exactly_the_new_files()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "site");
        FolderOutput.Write(SiteOf(("index.html", "old"), ("gone.txt", "x")), target);

        FolderOutput.Write(SiteOf(("index.html", "new"), ("badges/a.svg", "<svg/>")), target);

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(target, "badges", "a.svg")));
        Assert.False(File.Exists(Path.Combine(target, "gone.txt")));
        Assert.Equal(new[] { "site" }, Directory.EnumerateFileSystemEntries(dir.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Fact]
    public void Should_keep_the_previous_site_and_leave_no_temporary_folder_when_writing_fails()
    {
        // Given an existing site
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "site");
        FolderOutput.Write(SiteOf(("index.html", "old")), target);

        // When a write fails midway ("a" is a file, so "a/b.txt" cannot be created)
        var broken = SiteOf(("a", "file"), ("a/b.txt", "child"), ("index.html", "new"));
        Assert.ThrowsAny<IOException>(() => FolderOutput.Write(broken, target));

        // Then the old site is intact and nothing else was left behind
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(new[] { "site" }, Directory.EnumerateFileSystemEntries(dir.Path).Select(p => Path.GetFileName(p)!).ToArray());
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("a\\..\\..\\b")]
    [InlineData("")]
    [InlineData("sp ace.html")]
    [InlineData("quote\".html")]
    public void Should_refuse_paths_that_could_leave_the_site(string path)
    {
        Assert.Throws<ArgumentException>(() => SiteFile.Text(path, "x", "text/plain"));
    }

    [Fact]
    public void Should_refuse_two_files_with_the_same_path()
    {
        Assert.Throws<InvalidOperationException>(() => SiteOf(("index.html", "a"), ("index.html", "b")));
    }
}
