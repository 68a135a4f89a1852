using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SslaPublisher.Platforms;

namespace SslaPublisher.Profiles.Mastodon;

/// <summary>An access token of a Mastodon account (scopes <c>read:accounts</c> and <c>write:accounts</c>) and the setting it came from.</summary>
public sealed record MastodonCredentials(string AccessToken, string TokenName);

/// <summary>
/// A Mastodon profile through the REST API: signed in, <c>GET /api/v1/accounts/verify_credentials</c> (the note as
/// typed, in <c>source.note</c>) and <c>PATCH /api/v1/accounts/update_credentials</c> (multipart, only the
/// <c>note</c> and <c>header</c> parts that change); without a token, the public
/// <c>GET /api/v1/accounts/lookup?acct=</c> (the note as HTML). Display name, avatar, fields and settings are never sent.
/// </summary>
public sealed class MastodonTarget(ProfileHttp http, Uri server, string user, MastodonCredentials? credentials) : IProfileTarget
{
    // Mastodon's largest header is 2 MB (platforms.yaml); a bigger answer is not a header.
    private const int MaxHeaderBytes = 8 * 1024 * 1024;

    /// <inheritdoc />
    public PlatformId Platform => PlatformId.Mastodon;

    /// <inheritdoc />
    public async Task<LiveProfile> ReadAsync(DesiredProfile desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        JsonNode account;
        string bio;
        if (credentials is not null)
        {
            using var response = await http.SendAsync(() => Authorized(new HttpRequestMessage(HttpMethod.Get, new Uri(server, "api/v1/accounts/verify_credentials"))),
                "Mastodon verify_credentials", cancellationToken).ConfigureAwait(false);
            Rejected(response);
            account = await ProfileResponses.JsonAsync(response, "Mastodon verify_credentials", cancellationToken).ConfigureAwait(false);
            bio = account["source"]?["note"]?.GetValue<string>() ?? MastodonNoteText.ToPlain(account["note"]?.GetValue<string>() ?? "");
        }
        else
        {
            using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(server, $"api/v1/accounts/lookup?acct={Uri.EscapeDataString(user)}")),
                "Mastodon account lookup", cancellationToken).ConfigureAwait(false);
            account = await ProfileResponses.JsonAsync(response, "Mastodon account lookup", cancellationToken).ConfigureAwait(false);
            bio = MastodonNoteText.ToPlain(account["note"]?.GetValue<string>() ?? "");
        }
        var header = account["header"]?.GetValue<string>();
        if (desired.Banner is not { } ours) return new LiveProfile(bio, true, "no banner on this platform");
        var live = await DownloadAsync(header, cancellationToken).ConfigureAwait(false);
        var same = live is not null && BannerPixels.Same(live, ours.Span);
        return new LiveProfile(bio, same, live is null ? "no header" : "header compared by pixels (Mastodon re-encodes uploads)");
    }

    /// <inheritdoc />
    public async Task WriteAsync(ProfileChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (credentials is null) throw new ProfileSetupException($"{change.Desired.Channel.Id}: no Mastodon access token to write with");
        using var response = await http.SendAsync(() =>
        {
            var form = new MultipartFormDataContent();
            if (change.BioChanged) form.Add(new StringContent(change.BioAfter), "note");
            if (change.BannerChanged && change.Desired.Banner is { } png)
            {
                var file = new ReadOnlyMemoryContent(png);
                file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                form.Add(file, "header", $"{change.Desired.Channel.Id}.png");
            }
            return Authorized(new HttpRequestMessage(HttpMethod.Patch, new Uri(server, "api/v1/accounts/update_credentials")) { Content = form });
        }, "Mastodon update_credentials", cancellationToken).ConfigureAwait(false);
        Rejected(response);
        await ProfileResponses.JsonAsync(response, "Mastodon update_credentials", cancellationToken).ConfigureAwait(false);
    }

    private async Task<byte[]?> DownloadAsync(string? url, CancellationToken cancellationToken)
    {
        // The "missing.png" placeholder of an account without a header is a picture too, and never ours.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) return null;
        // No token on the media request: media may be served from another host.
        using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), "Mastodon header download", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw await ProfileResponses.FailureAsync(response, "Mastodon header download", cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength > MaxHeaderBytes) return null;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return bytes.Length > MaxHeaderBytes ? null : bytes;
    }

    private void Rejected(HttpResponseMessage response)
    {
        if (ProfileResponses.IsRejected(response.StatusCode))
            throw new ProfileAuthException($"Mastodon ({server.Host}) refused the access token in {credentials?.TokenName} ({(int)response.StatusCode}): make a new one under Preferences → Development with read:accounts and write:accounts");
    }

    private HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        if (credentials is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.AccessToken);
        return request;
    }
}
