using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SslaPublisher.Platforms;

namespace SslaPublisher.Profiles.Bluesky;

/// <summary>Sign-in of a Bluesky channel: the account (handle or DID) and an app password.</summary>
/// <param name="Identifier">Handle or DID.</param>
/// <param name="AppPassword">An app password (Settings → Privacy and security → App passwords), never the account password.</param>
/// <param name="AppPasswordName">The setting it came from, for messages.</param>
public sealed record BlueskyCredentials(string Identifier, string AppPassword, string AppPasswordName);

/// <summary>
/// A Bluesky profile through XRPC (lexicons <c>com.atproto.server.createSession</c>, <c>com.atproto.repo.getRecord</c>,
/// <c>uploadBlob</c>, <c>putRecord</c>): the record <c>app.bsky.actor.profile/self</c> is read whole, only
/// <c>description</c> and <c>banner</c> are replaced, every other field is written back as it was, and the write
/// carries the read record's CID as <c>swapRecord</c>, so an edit made in between is never overwritten.
/// </summary>
public sealed class BlueskyTarget(ProfileHttp http, Uri service, string repo, BlueskyCredentials? credentials) : IProfileTarget
{
    private const string Collection = "app.bsky.actor.profile";
    private Uri _pds = service;
    private string _repo = repo;
    private string? _accessJwt;
    private JsonObject? _record;
    private string? _cid;

    /// <inheritdoc />
    public PlatformId Platform => PlatformId.Bluesky;

    /// <inheritdoc />
    public async Task<LiveProfile> ReadAsync(DesiredProfile desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        if (credentials is not null && _accessJwt is null) await SignInAsync(cancellationToken).ConfigureAwait(false);
        var url = new Uri(_pds, $"xrpc/com.atproto.repo.getRecord?repo={Uri.EscapeDataString(_repo)}&collection={Collection}&rkey=self");
        using var response = await http.SendAsync(() => Authorized(new HttpRequestMessage(HttpMethod.Get, url)), "Bluesky getRecord", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.BadRequest && await ProfileResponses.ErrorNameAsync(response, cancellationToken).ConfigureAwait(false) == "RecordNotFound")
        {
            // A new account has no profile record yet: the first write creates it.
            _record = new JsonObject { ["$type"] = Collection };
            _cid = null;
        }
        else
        {
            await RejectedAsync(response, cancellationToken).ConfigureAwait(false);
            var body = await ProfileResponses.JsonAsync(response, "Bluesky getRecord", cancellationToken).ConfigureAwait(false);
            _record = body["value"] as JsonObject ?? throw new ProfileServiceException("Bluesky getRecord: the answer has no record value");
            _cid = body["cid"]?.GetValue<string>();
        }
        var bio = _record["description"]?.GetValue<string>() ?? "";
        var liveBlob = _record["banner"]?["ref"]?["$link"]?.GetValue<string>();
        var ours = desired.Banner is { } png ? BlobCid.Of(png.Span) : null;
        var matches = ours is null || string.Equals(liveBlob, ours, StringComparison.Ordinal);
        return new LiveProfile(bio, matches, $"blob {liveBlob ?? "none"}" + (ours is null ? "" : $", ours {ours}"));
    }

    /// <inheritdoc />
    public async Task WriteAsync(ProfileChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_record is null) throw new InvalidOperationException("ReadAsync first.");
        if (_accessJwt is null) throw new ProfileSetupException($"{change.Desired.Channel.Id}: no Bluesky app password to write with");
        var record = (JsonObject)_record.DeepClone();
        if (change.BannerChanged && change.Desired.Banner is { } png) record["banner"] = await UploadAsync(png, cancellationToken).ConfigureAwait(false);
        if (change.BioChanged) record["description"] = change.BioAfter;
        record["$type"] = Collection;
        var body = new JsonObject
        {
            ["repo"] = _repo,
            ["collection"] = Collection,
            ["rkey"] = "self",
            ["record"] = record,
            // The CID read: the PDS refuses the write (InvalidSwap) if the profile changed since; null = must not exist yet.
            ["swapRecord"] = _cid,
        };
        using var response = await http.SendAsync(() => Authorized(Json(HttpMethod.Post, "xrpc/com.atproto.repo.putRecord", body)), "Bluesky putRecord", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.BadRequest && await ProfileResponses.ErrorNameAsync(response, cancellationToken).ConfigureAwait(false) == "InvalidSwap")
            throw new ProfileServiceException($"{change.Desired.Channel.Id}: the Bluesky profile changed while ssla was writing it; nothing was overwritten, run the push again");
        await RejectedAsync(response, cancellationToken).ConfigureAwait(false);
        await ProfileResponses.JsonAsync(response, "Bluesky putRecord", cancellationToken).ConfigureAwait(false);
    }

    private async Task SignInAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["identifier"] = credentials!.Identifier, ["password"] = credentials.AppPassword };
        using var response = await http.SendAsync(() => Json(HttpMethod.Post, "xrpc/com.atproto.server.createSession", body), "Bluesky createSession", cancellationToken).ConfigureAwait(false);
        if (ProfileResponses.IsRejected(response.StatusCode) || response.StatusCode == HttpStatusCode.BadRequest && await ProfileResponses.ErrorNameAsync(response, cancellationToken).ConfigureAwait(false) == "AuthenticationRequired")
            throw new ProfileAuthException($"Bluesky refused the app password of {credentials.Identifier} ({credentials.AppPasswordName}): make a new one under Settings → Privacy and security → App passwords");
        var session = await ProfileResponses.JsonAsync(response, "Bluesky createSession", cancellationToken).ConfigureAwait(false);
        _accessJwt = session["accessJwt"]?.GetValue<string>() ?? throw new ProfileServiceException("Bluesky createSession: no access token in the answer");
        _repo = session["did"]?.GetValue<string>() ?? _repo;
        // The account's own PDS, from its DID document, serves its repository (the entryway only signs in).
        if (session["didDoc"]?["service"] is JsonArray services)
        {
            foreach (var s in services)
            {
                if (s?["id"]?.GetValue<string>() is { } id && id.EndsWith("#atproto_pds", StringComparison.Ordinal)
                    && Uri.TryCreate(s["serviceEndpoint"]?.GetValue<string>(), UriKind.Absolute, out var endpoint) && ProfileEndpoints.IsAllowed(endpoint))
                    _pds = ProfileEndpoints.WithSlash(endpoint);
            }
        }
    }

    private async Task<JsonNode> UploadAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_pds, "xrpc/com.atproto.repo.uploadBlob")) { Content = new ReadOnlyMemoryContent(png) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            return Authorized(request);
        }, "Bluesky uploadBlob", cancellationToken).ConfigureAwait(false);
        await RejectedAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await ProfileResponses.JsonAsync(response, "Bluesky uploadBlob", cancellationToken).ConfigureAwait(false);
        return body["blob"]?.DeepClone() ?? throw new ProfileServiceException("Bluesky uploadBlob: no blob in the answer");
    }

    private async Task RejectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!ProfileResponses.IsRejected(response.StatusCode)) return;
        var name = await ProfileResponses.ErrorNameAsync(response, cancellationToken).ConfigureAwait(false);
        throw new ProfileAuthException($"Bluesky refused the session of {credentials?.Identifier ?? _repo} ({(int)response.StatusCode}{(name is null ? "" : " " + name)}); check {credentials?.AppPasswordName ?? "the app password"}");
    }

    private HttpRequestMessage Json(HttpMethod method, string path, JsonObject body) =>
        new(method, new Uri(_pds, path)) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        if (_accessJwt is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessJwt);
        return request;
    }
}
