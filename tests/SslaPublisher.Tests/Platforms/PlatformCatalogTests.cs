using System.Globalization;
using SslaPublisher.Platforms;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Platforms;

public class PlatformCatalogTests
{
    [Fact]
    public void Should_know_every_platform_once()
    {
        Assert.Equal(Enum.GetValues<PlatformId>().Order(), PlatformCatalog.Default.All.Select(p => p.Id).Order());
    }

    [Fact]
    public void Should_keep_every_safe_area_inside_its_image()
    {
        var specs = PlatformCatalog.Default.All.Where(p => p.Banner is not null).Select(p => p.Banner!).Append(PlatformCatalog.Default.ShareImage);

        Assert.All(specs, s => Assert.True(s.SafeArea is { X: >= 0, Y: >= 0, Width: > 0, Height: > 0 } && s.SafeArea.Right <= s.Width && s.SafeArea.Bottom <= s.Height, s.ToString()));
    }

    [Fact]
    public void Should_match_the_table_in_docs_platforms_md()
    {
        var rows = File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "platforms.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        foreach (var p in PlatformCatalog.Default.All)
        {
            var row = rows.SingleOrDefault(r => r.Contains($"`{p.Key}`", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/platforms.md has no row for {p.Key}");
            var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(p.DisplayName, cells[1]);
            Assert.Equal(p.Bio.Limit.ToString(CultureInfo.InvariantCulture), cells[3]);
            Assert.Equal(p.Bio.Provenance.Confirmed ? "confirmed" : "unconfirmed", cells[8]);
            if (p.Banner is { } b)
            {
                Assert.Equal($"{b.Width}×{b.Height}", cells[5]);
                Assert.Equal($"{b.SafeArea.X}, {b.SafeArea.Y}, {b.SafeArea.Width}, {b.SafeArea.Height}", cells[6]);
                Assert.Equal($"{b.MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} B", cells[7]);
            }
            else Assert.Equal("—", cells[5]);
        }
    }
}
