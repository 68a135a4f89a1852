namespace SslaPublisher.Rendering;

/// <summary>
/// The promise cannot be rendered as its file asks (a bio that fits no variant, banner text that cannot fit):
/// a problem of the input, reported with the file and field, like a validation error (exit code 1).
/// </summary>
public abstract class RenderException(string message) : Exception(message);
