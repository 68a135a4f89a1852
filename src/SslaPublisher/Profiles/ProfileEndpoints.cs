using System.Net;

namespace SslaPublisher.Profiles;

/// <summary>Which server addresses a credential may be sent to: https anywhere, plain http only on this machine (tests, a local PDS).</summary>
public static class ProfileEndpoints
{
    /// <summary>True for https, or http to a loopback address.</summary>
    public static bool IsAllowed(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Scheme == Uri.UriSchemeHttps) return true;
        return uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The address with a trailing slash, so relative paths append to it.</summary>
    public static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    /// <summary>Parses a configured address, or throws naming the setting.</summary>
    /// <exception cref="ProfileSetupException">Not an absolute https (or loopback http) URL.</exception>
    public static Uri Parse(string value, string setting)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !IsAllowed(uri))
            throw new ProfileSetupException($"{setting}: expected an https:// address (http:// only for this machine)");
        return WithSlash(uri);
    }
}
