namespace SslaPublisher.Publishing;

/// <summary>A folder given to publish (<c>--from</c>) is not a complete <c>ssla build</c> output; the message names the file.</summary>
public sealed class BuiltFolderException(string message, Exception? inner = null) : Exception(message, inner);
