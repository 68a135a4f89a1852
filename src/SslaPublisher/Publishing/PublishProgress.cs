using System.Globalization;

namespace SslaPublisher.Publishing;

/// <summary>How far a publish got: requests finished so far, against the plan's totals.</summary>
public sealed record PublishProgress(int Uploaded, int Uploads, int Deleted, int Deletes)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Uploaded} of {Uploads} uploads and {Deleted} of {Deletes} deletes");
}
