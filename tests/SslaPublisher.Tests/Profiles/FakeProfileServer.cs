using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SslaPublisher.Tests.Profiles;

/// <summary>
/// A loopback server implementing the documented calls ssla makes to Mastodon (verify_credentials, accounts/lookup,
/// update_credentials with multipart note and header, media download): a real Mastodon server does not fit this
/// machine. It records every write, and can answer 429 or refuse tokens.
/// </summary>
/// <remarks>
/// Bluesky is tested against a real PDS (<see cref="BlueskyPdsTests"/>); this fake keeps only the two Bluesky reads
/// (createSession, getRecord) needed for what a real PDS cannot give a test: a 429 short enough to wait out (its
/// limits reset after 5 minutes or more), here with only <c>RateLimit-Reset</c>, ssla's fallback to Retry-After.
/// </remarks>
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
    public List<string> Writes { get; } = [];
    public int TooManyRequestsLeft { get; set; }
    /// <summary>When set, 429 answers carry <c>RateLimit-Reset</c> (Unix seconds) this far ahead instead of <c>Retry-After: 1</c>.</summary>
    public int? RateLimitResetIn { get; set; }
    public int Requests { get; private set; }

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
            if (RateLimitResetIn is { } reset) response.AddHeader("RateLimit-Reset", (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + reset).ToString(System.Globalization.CultureInfo.InvariantCulture));
            else response.AddHeader("Retry-After", "1");
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
                await SendAsync(response, 200, new JsonObject { ["uri"] = "at://did:plc:acme/app.bsky.actor.profile/self", ["cid"] = "bafyrecord1", ["value"] = new JsonObject { ["$type"] = "app.bsky.actor.profile" } });
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
