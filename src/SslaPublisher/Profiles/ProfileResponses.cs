using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SslaPublisher.Profiles;

/// <summary>Reading answers of the profile APIs: JSON bodies, and the error name an XRPC or REST error carries.</summary>
internal static class ProfileResponses
{
    /// <summary>Body of a successful answer as JSON, or a <see cref="ProfileServiceException"/> naming the status.</summary>
    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode) throw await FailureAsync(response, what, cancellationToken).ConfigureAwait(false);
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonNode.Parse(text) ?? throw new ProfileServiceException($"{what}: empty answer");
        }
        catch (JsonException e)
        {
            throw new ProfileServiceException($"{what}: the answer is not JSON", e);
        }
    }

    /// <summary>The error of a failed answer: "403 Forbidden (InvalidSwap: …)".</summary>
    public static async Task<ProfileServiceException> FailureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken) =>
        new($"{what}: {(int)response.StatusCode} {response.ReasonPhrase}{await DetailAsync(response, cancellationToken).ConfigureAwait(false)}");

    /// <summary>The <c>error</c> field of an error body (XRPC and Mastodon both use it), or null.</summary>
    public static async Task<string?> ErrorNameAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return body?["error"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>True for the statuses that mean "this credential is not accepted".</summary>
    public static bool IsRejected(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var name = await ErrorNameAsync(response, cancellationToken).ConfigureAwait(false);
        // Only the short error name: a message body could echo what was sent.
        return name is null ? "" : $" ({Short(name)})";
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
