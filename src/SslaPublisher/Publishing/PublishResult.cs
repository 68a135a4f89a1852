namespace SslaPublisher.Publishing;

/// <summary>What a publish did (or, for a dry run, would do).</summary>
/// <param name="Uploaded">Files uploaded (new or changed).</param>
/// <param name="Unchanged">Files already there byte for byte.</param>
/// <param name="Deleted">Files removed under the prefix.</param>
/// <param name="Skipped">Internal files left out.</param>
/// <param name="Bytes">Bytes uploaded.</param>
public sealed record PublishResult(int Uploaded, int Unchanged, int Deleted, int Skipped, long Bytes)
{
    /// <summary>The counts a plan leads to when carried out in full.</summary>
    public static PublishResult Of(SyncPlan plan) =>
        new(plan.Uploads.Count, plan.Unchanged.Count, plan.Deletes.Count, plan.LeftOut.Count, plan.UploadBytes);

    /// <summary>The counts of two publishes together (the brands of an agency).</summary>
    public static PublishResult operator +(PublishResult a, PublishResult b) =>
        new(a.Uploaded + b.Uploaded, a.Unchanged + b.Unchanged, a.Deleted + b.Deleted, a.Skipped + b.Skipped, a.Bytes + b.Bytes);
}
