using SslaPublisher.Definition;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>Issue #18: a single-brand build runs its stages at once and gets the same site as one after another.</summary>
public class SiteBuilderStagesAtOnceTests
{
    [Fact]
    public void Should_build_the_same_files_and_bytes_as_the_stages_one_after_another()
    {
        // Given the example brand
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default);

        // When it is built both ways
        var sequential = builder.Build(promise);
        var atOnce = builder.BuildStagesAtOnce(promise);

        // Then every file is there, with the same bytes, type and cache policy
        Assert.NotEmpty(sequential.Files);
        Assert.Equal(sequential.Files.Keys, atOnce.Files.Keys);
        foreach (var (path, file) in sequential.Files)
        {
            var other = atOnce.Files[path];
            Assert.True(file.Content.Span.SequenceEqual(other.Content.Span), path);
            Assert.Equal((file.ContentType, file.CacheControl, file.Visibility), (other.ContentType, other.CacheControl, other.Visibility));
        }
    }

    [Fact]
    public void Should_throw_a_failing_stage_own_exception_and_stop_when_cancelled()
    {
        // Given a stage that fails with a user-facing error, and a token already cancelled
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var failing = new SiteBuilder([new Stage(() => { }), new Stage(() => throw new InvalidDataException("logo unreadable"))], TemplateSet.Default);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        // Then the error is the stage's own (not wrapped), and a cancelled build throws instead of returning a site
        Assert.Equal("logo unreadable", Assert.Throws<InvalidDataException>(() => failing.BuildStagesAtOnce(promise)).Message);
        var builder = new SiteBuilder([new Stage(() => { })], TemplateSet.Default);
        Assert.ThrowsAny<OperationCanceledException>(() => builder.BuildStagesAtOnce(promise, stop.Token));
    }

    private sealed class Stage(Action render) : ISiteRenderer
    {
        public string Name => "stage";

        public IEnumerable<SiteFile> Render(RenderContext context)
        {
            render();
            return [SiteFile.Text($"f{Guid.NewGuid():N}.txt", "x", "text/plain")];
        }
    }
}
