using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>Finding an agency's brands follows links but never loops or finds one folder twice.</summary>
public class BrandDiscoveryTests
{
    [Fact]
    public void Should_find_each_brand_once_when_links_loop_back_up_the_tree()
    {
        // Given two brands, a link from one back to the agency folder, and a link to the other brand
        using var dir = new TempDir();
        var a = dir.Write("a/ssla.yaml", "brand: {}");
        var b = dir.Write("b/ssla.yaml", "brand: {}");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "also-b"), "b");

        // When the agency folder is searched
        var found = BrandDiscovery.Find(dir.Path);

        // Then each brand comes once, by the first path reached
        Assert.Equal(2, found.Count);
        Assert.Contains(a, found);
        Assert.Single(found, f => f.EndsWith("/ssla.yaml", StringComparison.Ordinal) && (f == b || f.EndsWith("also-b/ssla.yaml", StringComparison.Ordinal)));
    }
}
