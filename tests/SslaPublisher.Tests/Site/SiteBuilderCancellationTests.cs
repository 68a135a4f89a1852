using SslaPublisher.Definition;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>Issue #17, item 2: a single-brand build stops between stages when cancelled, and writes nothing.</summary>
public class SiteBuilderCancellationTests
{
    [Fact]
    public void Should_stop_before_the_next_stage_and_leave_the_previous_output_when_cancelled_mid_build()
    {
        // Given a previous output, and a build whose first stage is interrupted by Ctrl-C
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        FolderOutput.Write(SiteContent.Empty.With([SiteFile.Text("index.html", "old", "text/html")]), site);
        using var stop = new CancellationTokenSource();
        var second = new Stage("second", _ => { });
        var builder = new SiteBuilder([new Stage("first", _ => stop.Cancel()), second], TemplateSet.Default);
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());

        // When the build runs and its result would be written
        Assert.ThrowsAny<OperationCanceledException>(() => FolderOutput.Write(builder.Build(promise, stop.Token), site, stop.Token));

        // Then the second stage never ran and the previous output is there, alone
        Assert.False(second.Ran);
        Assert.Equal("old", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_write_nothing_when_cancelled_while_writing()
    {
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            FolderOutput.Write(SiteContent.Empty.With([SiteFile.Text("index.html", "new", "text/html")]), site, stop.Token));

        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    private sealed class Stage(string name, Action<RenderContext> render) : ISiteRenderer
    {
        public bool Ran { get; private set; }

        public string Name => name;

        public IEnumerable<SiteFile> Render(RenderContext context)
        {
            Ran = true;
            render(context);
            return [];
        }
    }
}
