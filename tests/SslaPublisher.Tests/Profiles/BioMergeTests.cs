using SslaPublisher.Profiles;

namespace SslaPublisher.Tests.Profiles;

public class BioMergeTests
{
    private const char M = BioMerge.Marker;

    [Theory]
    [InlineData("", "SLA", "\u2063SLA\u2063")]
    [InlineData("Ours.", "SLA", "Ours.\n\n\u2063SLA\u2063")]
    [InlineData("Before \u2063old\u2063 after", "new", "Before \u2063new\u2063 after")]
    [InlineData("Before \u2063old and the rest", "new", "Before \u2063new\u2063")]
    public void Should_replace_only_the_block_between_the_marks(string current, string sla, string expected) =>
        Assert.Equal(expected, BioMerge.Merge(current, sla));

    [Fact]
    public void Should_read_back_the_block_it_wrote()
    {
        var merged = BioMerge.Merge("Hello\n", "Help 9–6");
        Assert.Equal("Help 9–6", BioMerge.OwnedText(merged));
        Assert.Null(BioMerge.OwnedText("Hello"));
        Assert.Equal($"Hello\n\n⟦Help 9–6⟧", BioMerge.Visible(merged));
        Assert.Equal(merged, BioMerge.Merge(merged, "Help 9–6"));
        Assert.DoesNotContain(M, BioMerge.OwnedText(BioMerge.Merge("", $"a{M}b"))!);
    }

    [Fact]
    public void Should_compute_the_cid_a_pds_gives_a_blob()
    {
        // The CID of "hello world" as raw sha2-256 CIDv1 (ipfs add --cid-version 1 --raw-leaves).
        Assert.Equal("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e",
            SslaPublisher.Profiles.Bluesky.BlobCid.Of("hello world"u8));
    }
}
