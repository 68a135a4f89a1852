namespace SslaPublisher.Publishing.Local;

/// <summary>No storage account was given and no Azurite is running or installed: the message says how to get either.</summary>
public sealed class AzuriteNotFoundException(string message) : Exception(message);
