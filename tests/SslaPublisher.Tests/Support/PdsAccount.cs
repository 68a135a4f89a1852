using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// An account on the test <see cref="PdsFixture"/>, and the XRPC calls the tests make as it to set up and inspect
/// its profile the way the Bluesky app would (edits by hand, a pinned post), independently of ssla's own client.
/// </summary>
/// <param name="Handle">The account's handle, e.g. <c>acme-1a2b3c4d5e6f.test</c>.</param>
/// <param name="Did">Its <c>did:plc</c>, registered in the fixture's PLC directory.</param>
/// <param name="AccessJwt">A session of the account password, for the tests' own calls.</param>
/// <param name="AppPassword">An app password, the credential ssla is given.</param>
public sealed record PdsAccount(HttpClient Http, Uri Url, string Handle, string Did, string AccessJwt, string AppPassword)
{
    private const string Profile = "app.bsky.actor.profile";

    /// <summary>The profile record and its CID, or null when the account has none.</summary>
    public async Task<(JsonObject Value, string Cid)?> GetProfileAsync()
    {
        using var response = await Http.GetAsync(new Uri(Url, $"xrpc/com.atproto.repo.getRecord?repo={Did}&collection={Profile}&rkey=self"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (response.StatusCode == HttpStatusCode.BadRequest && body["error"]?.GetValue<string>() == "RecordNotFound") return null;
        response.EnsureSuccessStatusCode();
        return ((JsonObject)body["value"]!, body["cid"]!.GetValue<string>());
    }

    /// <summary>Writes the whole profile record, as an edit in the app does.</summary>
    public Task PutProfileAsync(JsonObject record)
    {
        var value = (JsonObject)record.DeepClone();
        value["$type"] = Profile;
        return PostAsync(Http, Url, "com.atproto.repo.putRecord", AccessJwt,
            new JsonObject { ["repo"] = Did, ["collection"] = Profile, ["rkey"] = "self", ["record"] = value });
    }

    /// <summary>Posts <paramref name="text"/> and returns its strong reference (<c>uri</c>, <c>cid</c>).</summary>
    public async Task<JsonObject> PostAsync(string text)
    {
        var post = new JsonObject { ["$type"] = "app.bsky.feed.post", ["text"] = text, ["createdAt"] = "2026-01-05T09:00:00.000Z" };
        var created = await PostAsync(Http, Url, "com.atproto.repo.createRecord", AccessJwt,
            new JsonObject { ["repo"] = Did, ["collection"] = "app.bsky.feed.post", ["record"] = post });
        return new JsonObject { ["uri"] = created["uri"]!.GetValue<string>(), ["cid"] = created["cid"]!.GetValue<string>() };
    }

    /// <summary>Uploads an image and returns the blob reference to put in a record.</summary>
    public async Task<JsonNode> UploadBlobAsync(byte[] bytes, string mimeType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url, "xrpc/com.atproto.repo.uploadBlob")) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessJwt);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["blob"]!.DeepClone();
    }

    /// <summary>The bytes the PDS serves for a blob of this account.</summary>
    public Task<byte[]> GetBlobAsync(string cid) =>
        Http.GetByteArrayAsync(new Uri(Url, $"xrpc/com.atproto.sync.getBlob?did={Did}&cid={cid}"));

    /// <summary>The revision of the account's latest commit: it changes with every write to the repository.</summary>
    public async Task<string> LatestRevisionAsync()
    {
        var body = JsonNode.Parse(await Http.GetStringAsync(new Uri(Url, $"xrpc/com.atproto.sync.getLatestCommit?did={Did}")))!;
        return body["rev"]!.GetValue<string>();
    }

    /// <summary>An XRPC procedure call; fails the test, naming the call, on any error answer.</summary>
    public static async Task<JsonNode> PostAsync(HttpClient http, Uri url, string nsid, string? jwt, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "xrpc/" + nsid))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (jwt is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{nsid}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
