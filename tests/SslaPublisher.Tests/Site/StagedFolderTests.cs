using System.Text;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

public class StagedFolderTests
{
    [Fact]
    public void Should_carry_an_unchanged_brand_over_with_every_file_and_folder_and_the_same_bytes()
    {
        // Given a previous output holding a brand with nested files
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "site");
        dir.Write("site/acme/index.html", "<p>acme</p>");
        dir.Write("site/acme/badges/flat/reply.svg", "<svg/>");
        dir.Write("site/acme/banners/x.png", "png bytes");

        // When a new build carries the brand over and commits
        using (var staged = new StagedFolder(output))
        {
            Assert.True(staged.CarryOver("acme"));
            staged.Write(SiteFile.Text("index.html", "brands", "text/html"));
            staged.Commit();
        }

        // Then the new output has exactly the brand's files with their content, plus the new file
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal([".ssla-output", "acme/badges/flat/reply.svg", "acme/banners/x.png", "acme/index.html", "index.html"], files);
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(output, "acme/badges/flat/reply.svg")));
        Assert.Equal("png bytes", File.ReadAllText(Path.Combine(output, "acme/banners/x.png")));
    }

    [Fact]
    public void Should_leave_the_previous_output_as_it_was_when_a_build_carrying_brands_over_is_not_committed()
    {
        // Given a previous output with a brand
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "site");
        dir.Write("site/acme/index.html", "<p>acme</p>");

        // When a build carries it over and then fails before the commit
        using (var staged = new StagedFolder(output))
        {
            Assert.True(staged.CarryOver("acme"));
        }

        // Then the previous output still holds the brand, and no staging folder is left
        Assert.Equal("<p>acme</p>", File.ReadAllText(Path.Combine(output, "acme/index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_say_there_is_nothing_to_carry_over_when_the_previous_output_lacks_the_brand()
    {
        // Given no previous output
        using var dir = new TempDir();

        // When a build asks to carry a brand over
        using var staged = new StagedFolder(Path.Combine(dir.Path, "site"));

        // Then it is told to render the brand instead
        Assert.False(staged.CarryOver("acme"));
    }

    [Fact]
    public void Should_give_an_existing_file_a_second_name_that_shares_its_bytes_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return;
        // Given a file
        using var dir = new TempDir();
        var original = dir.Write("a.txt", "one");
        var second = Path.Combine(dir.Path, "b.txt");

        // When it is hard-linked and then appended to through its first name
        Assert.True(HardLink.TryCreate(original, second));
        File.AppendAllText(original, " two", Encoding.UTF8);

        // Then the second name shows the same bytes (a link, not a copy), and removing one name keeps the other
        Assert.Equal("one two", File.ReadAllText(second));
        File.Delete(original);
        Assert.Equal("one two", File.ReadAllText(second));
    }

    [Fact]
    public void Should_report_no_link_when_the_new_name_already_exists()
    {
        // Given two files
        using var dir = new TempDir();
        var original = dir.Write("a.txt", "one");
        var existing = dir.Write("b.txt", "two");

        // When linking onto the existing name
        var linked = HardLink.TryCreate(original, existing);

        // Then nothing is linked and the existing file keeps its bytes
        Assert.False(linked);
        Assert.Equal("two", File.ReadAllText(existing));
    }
}
