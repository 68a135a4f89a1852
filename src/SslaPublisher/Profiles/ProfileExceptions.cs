namespace SslaPublisher.Profiles;

/// <summary>A failure of <c>ssla profiles</c>; its message never holds a credential.</summary>
public abstract class ProfileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The platform refused the channel's token or app password (exit 3).</summary>
public sealed class ProfileAuthException(string message) : ProfileException(message);

/// <summary>The platform failed, timed out, or kept rate-limiting (exit 3).</summary>
public sealed class ProfileServiceException(string message, Exception? inner = null) : ProfileException(message, inner);

/// <summary>A channel cannot be pushed as set up: no credential, a bad address, a secrets file in the brand folder (exit 2).</summary>
public sealed class ProfileSetupException(string message) : ProfileException(message);

/// <summary>The SLA block with the brand's own text is over the platform's limit (exit 1: the input must change).</summary>
public sealed class ProfileBioTooLongException(string message) : ProfileException(message);
