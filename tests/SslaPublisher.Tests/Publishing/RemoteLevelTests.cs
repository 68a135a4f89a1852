using SslaPublisher.Publishing;

namespace SslaPublisher.Tests.Publishing;

public class RemoteLevelTests
{
    [Fact]
    public void Should_split_a_listing_into_the_files_at_the_prefix_and_the_folders_below_it()
    {
        // Given a listing under "agency/" with root files, two brand folders, a nested file and a name outside the prefix
        RemoteFile File(string name) => new(name, 1, null);
        var listing = new[]
        {
            File("agency/index.html"), File("agency/b/index.html"), File("agency/a/index.html"), File("agency/a/x/deep.png"),
            File("agency/brands.json"), File("other/index.html"),
        };

        // When grouped one level deep
        var level = RemoteLevel.Of("agency/", listing);

        // Then the root files are kept whole, the folders named once each in ordinal order, and the outsider ignored
        Assert.Equal(["agency/index.html", "agency/brands.json"], level.Files.Select(f => f.Name));
        Assert.Equal(["a", "b"], level.Folders);
    }
}
