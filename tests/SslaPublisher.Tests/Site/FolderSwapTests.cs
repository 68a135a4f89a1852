using System.Diagnostics;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>Issue #17, item 8: the output swap is one step, and a killed run's staging folders do not pile up.</summary>
public class FolderSwapTests
{
    private static SiteContent SiteOf(string text) => SiteContent.Empty.With([SiteFile.Text("index.html", text, "text/html")]);

    private static string[] Entries(string folder) => [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Should_exchange_two_folders_in_one_step_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        var a = dir.Write("a/which.txt", "a");
        dir.Write("b/which.txt", "b");

        Assert.True(FolderSwap.TryExchange(Path.Combine(dir.Path, "a"), Path.Combine(dir.Path, "b")));

        Assert.Equal("b", File.ReadAllText(a));
        Assert.Equal("a", File.ReadAllText(Path.Combine(dir.Path, "b", "which.txt")));
    }

    [Fact]
    public async Task Should_show_the_old_or_the_new_site_at_every_instant_while_replacing_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        // Given a site, and a reader that keeps opening its index page
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        FolderOutput.Write(SiteOf("0"), site);
        var index = Path.Combine(site, "index.html");
        var missing = 0;
        var reads = 0;
        using var stop = new CancellationTokenSource();
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A thread of its own, and the replacing waits for its first read: on a busy machine a pool task could
        // start only after the hundred replacements, and then the test would prove nothing.
        var reader = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { File.ReadAllText(index); }
                catch (FileNotFoundException) { missing++; }
                catch (DirectoryNotFoundException) { missing++; }
                reads++;
                reading.TrySetResult();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // When the site is replaced a hundred times
        for (var i = 1; i <= 100; i++) FolderOutput.Write(SiteOf(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), site);
        await stop.CancelAsync();
        await reader;

        // Then the reader never found the page missing, and the last site is in place
        Assert.True(reads > 0);
        Assert.Equal(0, missing);
        Assert.Equal("100", File.ReadAllText(index));
    }

    [Fact]
    public void Should_remove_the_staging_folders_of_a_run_that_was_killed()
    {
        // Given the leftovers of a killed run: a staging folder, a previous site and an unheld lock
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        FolderOutput.Write(SiteOf("old"), site);
        var id = Guid.NewGuid().ToString("N");
        dir.Write($".site.new-{id}/index.html", "half");
        dir.Write($".site.old-{id}/index.html", "older");
        dir.Write($".site.lock-{id}", "");
        dir.Write(".site.new-not-ours/keep.txt", "not ours");

        // When the next build runs
        FolderOutput.Write(SiteOf("new"), site);

        // Then the leftovers are gone, the new site is in place, and what does not follow the pattern stays
        Assert.Equal([".site.new-not-ours", "site"], Entries(dir.Path));
        Assert.Equal("new", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void Should_leave_the_staging_folder_of_a_run_still_going()
    {
        // Given a build in progress
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        using var running = new StagedFolder(site);
        running.Write(SiteFile.Text("index.html", "in progress", "text/html"));

        // When another build of the same output runs
        FolderOutput.Write(SiteOf("other"), site);

        // Then the first build's staging folder is untouched and can still commit
        Assert.Equal("in progress", File.ReadAllText(Path.Combine(running.StagingPath, "index.html")));
        running.Commit();
        Assert.Equal("in progress", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public async Task Should_remove_a_staging_folder_once_the_process_holding_it_is_killed_with_sigkill()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock")) return;
        // Given a staging folder whose lock a live process holds (flock(1), the same lock .NET takes)
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        var id = Guid.NewGuid().ToString("N");
        var staging = dir.Write($".site.new-{id}/index.html", "half");
        var lockFile = dir.Write($".site.lock-{id}", "");
        // --close: only flock itself holds the lock, not its sleeping child, so killing flock releases it.
        using var holder = Process.Start(new ProcessStartInfo("/usr/bin/flock", ["--close", lockFile, "sleep", "60"]))!;
        await WaitUntilAsync(lockFile, locked: true);

        // When a build runs while it lives, and again after kill -9
        FolderOutput.Write(SiteOf("one"), site);
        var keptWhileAlive = File.Exists(staging);
        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();
        // The kernel drops the lock as the process is torn down, a moment after it is reported gone.
        await WaitUntilAsync(lockFile, locked: false);
        FolderOutput.Write(SiteOf("two"), site);

        // Then the live run's folder was kept, and the dead one's removed
        Assert.True(keptWhileAlive);
        Assert.Equal(["site"], Entries(dir.Path));
    }

    [Fact]
    public void Should_put_the_previous_site_back_when_a_run_died_between_the_two_renames_of_the_fallback()
    {
        // Given the moment of the fallback swap where the site has been moved aside and the run was killed
        using var dir = new TempDir();
        var site = Path.Combine(dir.Path, "site");
        dir.Write($".site.old-{Guid.NewGuid():N}/index.html", "previous");

        // When the next build starts and then fails before its commit
        using (new StagedFolder(site))
        {
        }

        // Then the previous site is back in place
        Assert.Equal("previous", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["site"], Entries(dir.Path));
    }

    [Fact]
    public void Should_replace_the_folder_a_link_leads_to_and_keep_the_link()
    {
        using var dir = new TempDir();
        var real = Path.Combine(dir.Path, "www", "site");
        FolderOutput.Write(SiteOf("old"), real);
        var link = Path.Combine(dir.Path, "site");
        Directory.CreateSymbolicLink(link, real);

        FolderOutput.Write(SiteOf("new"), link);

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(real, "index.html")));
    }

    private static async Task WaitUntilAsync(string lockFile, bool locked)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                if (!locked) return;
            }
            catch (IOException)
            {
                if (locked) return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the lock of {lockFile} did not become {(locked ? "held" : "free")}");
    }
}
