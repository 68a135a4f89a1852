namespace SslaPublisher.Reporting;

/// <summary>How one interaction measured against its channel's promise, as of the report's as-of instant.</summary>
public enum Outcome
{
    /// <summary>First reply at or before the due instant.</summary>
    OnTime,
    /// <summary>First reply after the due instant.</summary>
    Late,
    /// <summary>No reply by as-of, and the due instant has passed.</summary>
    Missed,
    /// <summary>No reply by as-of, and the due instant has not passed yet.</summary>
    Pending,
    /// <summary>
    /// No due instant exists: received while closed on a channel whose off-hours rule is free text (or that has no
    /// hours). Counted and shown, left out of on-time %.
    /// </summary>
    NoPromise,
}
