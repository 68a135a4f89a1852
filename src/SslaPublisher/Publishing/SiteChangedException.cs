namespace SslaPublisher.Publishing;

/// <summary>A built file changed on disk between planning and upload (the folder was rebuilt meanwhile).</summary>
/// <remarks>Uploading it would publish bytes from two builds, or store a Content-MD5 that does not match them.</remarks>
public sealed class SiteChangedException(string path)
    : PublishFailedException($"{path} changed on disk during the publish (was the folder rebuilt meanwhile?); stopped. Run again to publish one build whole.");
