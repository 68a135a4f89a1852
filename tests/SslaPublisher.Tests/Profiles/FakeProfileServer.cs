using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using SslaPublisher.Profiles.Bluesky;

namespace SslaPublisher.Tests.Profiles;

/// <summary>
/// A loopback server implementing the documented calls ssla makes: Mastodon's verify_credentials, accounts/lookup,
/// update_credentials (multipart note and header) and media download; Bluesky's XRPC createSession, getRecord,
/// uploadBlob and putRecord (with swapRecord). It records every write, and can answer 429 or refuse tokens.
/// </summary>
public sealed class FakeProfileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    public const string Token = "mastodon-token-0123456789";
    public const string AppPassword = "abcd-efgh-ijkl-mnop";

    public FakeProfileServer()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = LoopAsync();
    }

    public string Url { get; }
    public string Note { get; set; } = "";
    public byte[]? Header { get; set; }
    public JsonObject Record { get; set; } = new() { ["$type"] = "app.bsky.actor.profile", ["displayName"] = "Acme Air", ["pinnedPost"] = new JsonObject { ["uri"] = "at://did:plc:acme/app.bsky.feed.post/1", ["cid"] = "bafyreia" } };
    public bool RecordExists { get; set; } = true;
    public int RecordVersion { get; private set; } = 1;
    public Dictionary<string, byte[]> Blobs { get; } = [];
    public List<string> Writes { get; } = [];
    public int TooManyRequestsLeft { get; set; }
    public int Requests { get; private set; }

    private string RecordCid => $"bafyrecord{RecordVersion}";

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            try { await HandleAsync(context); }
            catch (Exception e) { await SendAsync(context.Response, 500, new JsonObject { ["error"] = e.GetType().Name }); }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        Requests++;
        var path = request.Url!.AbsolutePath;
        if (TooManyRequestsLeft > 0 && !path.StartsWith("/media", StringComparison.Ordinal))
        {
            TooManyRequestsLeft--;
            response.AddHeader("Retry-After", "1");
            await SendAsync(response, 429, new JsonObject { ["error"] = "Too many requests" });
            return;
        }
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var auth = request.Headers["Authorization"];
        switch (request.HttpMethod, path)
        {
            case ("GET", "/api/v1/accounts/verify_credentials"):
                if (auth != $"Bearer {Token}") { await SendAsync(response, 401, new JsonObject { ["error"] = "The access token is invalid" }); return; }
                await SendAsync(response, 200, Account(plain: true));
                return;
            case ("GET", "/api/v1/accounts/lookup"):
                await SendAsync(response, 200, Account(plain: false));
                return;
            case ("PATCH", "/api/v1/accounts/update_credentials"):
                if (auth != $"Bearer {Token}") { await SendAsync(response, 401, new JsonObject { ["error"] = "The access token is invalid" }); return; }
                foreach (var (name, bytes) in Multipart(request.ContentType!, body.ToArray()))
                {
                    Writes.Add("mastodon:" + name);
                    if (name == "note") Note = Encoding.UTF8.GetString(bytes);
                    else if (name == "header") Header = bytes;
                }
                await SendAsync(response, 200, Account(plain: true));
                return;
            case ("GET", "/media/header.png"):
                if (Header is null) { response.StatusCode = 404; response.Close(); return; }
                response.ContentType = "image/png";
                await response.OutputStream.WriteAsync(Header);
                response.Close();
                return;
            case ("POST", "/xrpc/com.atproto.server.createSession"):
                var login = JsonNode.Parse(body.ToArray())!;
                if (login["password"]?.GetValue<string>() != AppPassword) { await SendAsync(response, 401, new JsonObject { ["error"] = "AuthenticationRequired", ["message"] = "Invalid identifier or password" }); return; }
                await SendAsync(response, 200, new JsonObject { ["accessJwt"] = "access-jwt-secret", ["refreshJwt"] = "refresh", ["did"] = "did:plc:acme", ["handle"] = "acme.example" });
                return;
            case ("GET", "/xrpc/com.atproto.repo.getRecord"):
                if (!RecordExists) { await SendAsync(response, 400, new JsonObject { ["error"] = "RecordNotFound" }); return; }
                await SendAsync(response, 200, new JsonObject { ["uri"] = "at://did:plc:acme/app.bsky.actor.profile/self", ["cid"] = RecordCid, ["value"] = Record.DeepClone() });
                return;
            case ("POST", "/xrpc/com.atproto.repo.uploadBlob"):
                if (auth != "Bearer access-jwt-secret") { await SendAsync(response, 401, new JsonObject { ["error"] = "AuthMissing" }); return; }
                var cid = BlobCid.Of(body.ToArray());
                Blobs[cid] = body.ToArray();
                Writes.Add("bluesky:uploadBlob");
                await SendAsync(response, 200, new JsonObject { ["blob"] = new JsonObject { ["$type"] = "blob", ["ref"] = new JsonObject { ["$link"] = cid }, ["mimeType"] = request.ContentType, ["size"] = body.Length } });
                return;
            case ("POST", "/xrpc/com.atproto.repo.putRecord"):
                if (auth != "Bearer access-jwt-secret") { await SendAsync(response, 401, new JsonObject { ["error"] = "AuthMissing" }); return; }
                var put = JsonNode.Parse(body.ToArray())!;
                var swap = put["swapRecord"]?.GetValue<string>();
                if ((RecordExists ? RecordCid : null) != swap) { await SendAsync(response, 400, new JsonObject { ["error"] = "InvalidSwap" }); return; }
                Record = (JsonObject)put["record"]!.DeepClone();
                RecordExists = true;
                RecordVersion++;
                Writes.Add("bluesky:putRecord");
                await SendAsync(response, 200, new JsonObject { ["uri"] = "at://did:plc:acme/app.bsky.actor.profile/self", ["cid"] = RecordCid });
                return;
            default:
                await SendAsync(response, 404, new JsonObject { ["error"] = "NotFound" });
                return;
        }
    }

    private JsonObject Account(bool plain)
    {
        var html = "<p>" + string.Join("</p><p>", Note.Split("\n\n").Select(p => WebUtility.HtmlEncode(p).Replace("\n", "<br />"))) + "</p>";
        var account = new JsonObject
        {
            ["id"] = "1", ["username"] = "ops", ["acct"] = "ops", ["display_name"] = "Acme Ops", ["note"] = html,
            ["header"] = Header is null ? $"{Url}headers/original/missing.png" : $"{Url}media/header.png",
        };
        if (plain) account["source"] = new JsonObject { ["note"] = Note, ["fields"] = new JsonArray() };
        return account;
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Multipart(string contentType, byte[] body)
    {
        var boundary = "--" + contentType.Split("boundary=")[1].Trim('"');
        var text = Encoding.Latin1.GetString(body);
        foreach (var part in text.Split(boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = part[..split];
            var name = headers.Split("name=")[1].Split(';', '\r')[0].Trim('"');
            var content = part[(split + 4)..^2];
            yield return (name, Encoding.Latin1.GetBytes(content));
        }
    }

    private static async Task SendAsync(HttpListenerResponse response, int status, JsonNode body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose() => _listener.Close();
}
