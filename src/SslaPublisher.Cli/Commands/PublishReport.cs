using System.Globalization;
using System.Text.Json;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;
using SslaPublisher.Site.Brands;
using Spectre.Console;

namespace SslaPublisher.Cli.Commands;

/// <summary>What <c>ssla publish</c> prints: a progress bar and a table on a terminal, plain lines otherwise.</summary>
/// <param name="Output">Where to print.</param>
/// <param name="Error">Where to print why nothing happens yet (waiting for another publish's lock), also with <c>--json</c>.</param>
/// <param name="Interactive">True on a terminal: Spectre.Console progress and table.</param>
/// <param name="Quiet">True for <c>--json</c>: no progress lines, so the output is the JSON object alone.</param>
internal sealed record PublishReport(TextWriter Output, TextWriter Error, bool Interactive, bool Quiet) : IPublishObserver
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Azurite(LocalAzuriteStatus local)
    {
        if (local.Started)
            Output.WriteLine(string.Create(Invariant,
                $"Started Azurite on 127.0.0.1:{local.Port} (pid {local.ProcessId}, data in {local.Location}); stop it with: kill {local.ProcessId}"));
        else
            Output.WriteLine(string.Create(Invariant, $"Using the Azurite already running on 127.0.0.1:{local.Port}."));
    }

    public void Built(IReadOnlyList<BrandBuildResult> results)
    {
        if (Quiet) return;
        var reused = results.Count(r => r.Reused);
        Output.WriteLine(string.Create(Invariant, $"Built {results.Count} brands ({results.Count - reused} rendered, {reused} unchanged and reused)."));
    }

    public void WaitingForLock(string prefix, TimeSpan timeout) =>
        Error.WriteLine(string.Create(Invariant,
            $"Waiting for another publish to '{PublishLock.Describe(prefix)}' to finish (up to {timeout.TotalSeconds:0} s, --lock-timeout)…"));

    public void Planned(SyncPlan plan, bool dryRun)
    {
        if (Quiet) return;
        // Brands that are gone come first: deleting a whole brand is the line a person must not miss.
        foreach (var gone in plan.GoneBrands)
        {
            var deleting = plan.Deletes.Any(d => d.Name.StartsWith($"{plan.Prefix}{gone.Slug}/", StringComparison.Ordinal));
            Output.WriteLine(deleting
                ? string.Create(Invariant, $"Brand '{gone.Slug}' is no longer in the agency: {(dryRun ? "would delete" : "deleting")} its {gone.Files:N0} files ({gone.Bytes:N0} bytes) under {plan.Prefix}{gone.Slug}/.")
                : string.Create(Invariant, $"Brand '{gone.Slug}' is no longer in the agency but still online ({gone.Files:N0} files under {plan.Prefix}{gone.Slug}/): publish with --delete to remove it."));
        }
        if (!dryRun) return;
        foreach (var item in plan.All)
            Output.WriteLine(string.Create(Invariant, $"{Label(item.Action),-20} {item.Name} ({item.Size:N0} bytes)"));
        Output.WriteLine(string.Create(Invariant,
            $"Plan: {plan.Uploads.Count} to upload ({plan.UploadBytes:N0} bytes), {plan.Unchanged.Count} unchanged, {plan.Deletes.Count} to delete, {plan.LeftOut.Count} left out (internal). Nothing was changed (dry run)."));
    }

    public async Task<PublishResult> ExecuteAsync(SyncPlan plan, Func<IProgress<SyncItem>?, Task<PublishResult>> execute)
    {
        if (!Interactive || plan.Uploads.Count + plan.Deletes.Count == 0)
            return await execute(Quiet ? null : new PlainProgress(Output));

        PublishResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var files = ctx.AddTask("files", maxValue: Math.Max(1, plan.Uploads.Count + plan.Deletes.Count));
                var bytes = ctx.AddTask("bytes", maxValue: Math.Max(1, plan.UploadBytes));
                result = await execute(new BarProgress(files, bytes, plan.Uploads.Count + plan.Deletes.Count, plan.UploadBytes));
            });
        return result!;
    }

    public void Summary(PublishResult result, Uri? url)
    {
        if (Interactive)
        {
            var table = new Table().AddColumn("published").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("uploaded", result.Uploaded.ToString(Invariant));
            table.AddRow("unchanged", result.Unchanged.ToString(Invariant));
            table.AddRow("deleted", result.Deleted.ToString(Invariant));
            table.AddRow("left out (internal)", result.Skipped.ToString(Invariant));
            table.AddRow("bytes uploaded", result.Bytes.ToString("N0", Invariant));
            AnsiConsole.Write(table);
        }
        else
        {
            Output.WriteLine(string.Create(Invariant,
                $"Published: {result.Uploaded} uploaded ({result.Bytes:N0} bytes), {result.Unchanged} unchanged, {result.Deleted} deleted, {result.Skipped} left out (internal)."));
        }
        if (url is not null) Output.WriteLine($"Open: {url.AbsoluteUri}");
    }

    // A shard says where its picture of the target came from: the manifest (one read), or a listing and why.
    public void Remote(RemoteSource? source, bool dryRun)
    {
        if (source?.Shard is not { } shard) return;
        Output.WriteLine(source.FromManifest
            ? string.Create(Invariant, $"Shard {shard}: compared with its manifest of the last publish, no listing (--verify lists).")
            : string.Create(Invariant, $"Shard {shard}: listed its brands' folders ({source.Reason}){(dryRun ? "." : "; its manifest is written after the sync.")}"));
    }

    public static void Json(TextWriter output, PublishResult result, Uri? url, bool dryRun, PublishTimings? timings = null, RemoteSource? remote = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("uploaded", result.Uploaded);
            json.WriteNumber("unchanged", result.Unchanged);
            json.WriteNumber("deleted", result.Deleted);
            json.WriteNumber("skipped", result.Skipped);
            json.WriteNumber("bytes", result.Bytes);
            if (url is null) json.WriteNull("url");
            else json.WriteString("url", url.AbsoluteUri);
            json.WriteBoolean("dryRun", dryRun);
            // How the target's state was learnt: "manifest" (a shard's, one read) or "listing" (with why, for a shard).
            json.WriteString("remote", remote?.FromManifest == true ? "manifest" : "listing");
            if (remote?.Reason is { } why) json.WriteString("remoteReason", why);
            if (timings is not null)
            {
                // Wall-clock seconds of each stage, for CI logs and scripts/bench-shards.sh.
                json.WriteStartObject("seconds");
                foreach (var (stage, time) in new[] { ("hash", timings.Hash), ("lock", timings.Lock), ("list", timings.List), ("diff", timings.Diff), ("transfer", timings.Transfer) })
                    json.WriteNumber(stage, Math.Round(time.TotalSeconds, 3));
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Label(SyncAction action) => action switch
    {
        SyncAction.UploadNew => "upload (new)",
        SyncAction.UploadChanged => "upload (changed)",
        SyncAction.Unchanged => "unchanged",
        SyncAction.Delete => "delete",
        SyncAction.LeftOutInternal => "left out (internal)",
        _ => action.ToString(),
    };

    private sealed class PlainProgress(TextWriter output) : IProgress<SyncItem>
    {
        private readonly Lock _lock = new();

        public void Report(SyncItem value)
        {
            var verb = value.Action == SyncAction.Delete ? "deleted " : "uploaded";
            lock (_lock) output.WriteLine(string.Create(Invariant, $"{verb} {value.Name} ({value.Size:N0} bytes)"));
        }
    }

    private sealed class BarProgress(ProgressTask files, ProgressTask bytes, int fileCount, long byteCount) : IProgress<SyncItem>
    {
        private readonly Lock _lock = new();
        private int _files;
        private long _bytes;

        public void Report(SyncItem value)
        {
            lock (_lock)
            {
                _files++;
                files.Increment(1);
                files.Description = string.Create(Invariant, $"files {_files}/{fileCount}");
                if (value.Action == SyncAction.Delete) return;
                _bytes += value.Size;
                bytes.Increment(value.Size);
                bytes.Description = string.Create(Invariant, $"bytes {_bytes:N0}/{byteCount:N0}");
            }
        }
    }
}
