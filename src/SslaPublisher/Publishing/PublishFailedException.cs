namespace SslaPublisher.Publishing;

/// <summary>
/// A publish stopped for a reason outside the input (the storage, the lock, the built folder): the message is one
/// line meant for a person, and says what was done before the stop. The command exits 3.
/// </summary>
public class PublishFailedException(string message, Exception? inner = null) : Exception(message, inner);
