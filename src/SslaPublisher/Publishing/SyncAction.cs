namespace SslaPublisher.Publishing;

/// <summary>What a sync does with one file.</summary>
public enum SyncAction
{
    /// <summary>Not at the target yet: uploaded.</summary>
    UploadNew,
    /// <summary>At the target with other bytes (or no MD5): uploaded again.</summary>
    UploadChanged,
    /// <summary>At the target with the same MD5 and size: left alone.</summary>
    Unchanged,
    /// <summary>At the target under the prefix but no longer in the site: removed (only with <c>--delete</c>).</summary>
    Delete,
    /// <summary>An internal file (e.g. the agreement) not published because it was not asked for.</summary>
    LeftOutInternal,
}
