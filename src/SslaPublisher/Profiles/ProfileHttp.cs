using System.Net;
using System.Net.Http.Headers;

namespace SslaPublisher.Profiles;

/// <summary>How long a profile request may take and how rate limits are waited out.</summary>
/// <param name="Timeout">Each request, answer included.</param>
/// <param name="MaxRetries">429 answers waited out per request before giving up.</param>
/// <param name="MaxRetryWait">The longest Retry-After honoured; a longer one fails at once rather than hang a CI job.</param>
public sealed record ProfileHttpOptions(TimeSpan Timeout, int MaxRetries, TimeSpan MaxRetryWait)
{
    /// <summary>30 s per request, 3 retries, at most 60 s a wait.</summary>
    public static ProfileHttpOptions Default { get; } = new(TimeSpan.FromSeconds(30), 3, TimeSpan.FromSeconds(60));
}

/// <summary>
/// The one HTTP client of the profile targets: every request has a time-out, a 429 is retried after the time the
/// server asks (Retry-After, or Bluesky's <c>ratelimit-reset</c>), within bounds; failures become
/// <see cref="ProfileServiceException"/>s that name the call, never the credential.
/// </summary>
public sealed class ProfileHttp : IDisposable
{
    private readonly HttpClient _client;

    /// <summary>Creates a client with <paramref name="options"/>.</summary>
    public ProfileHttp(ProfileHttpOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        // No redirects: a token must not follow a redirect to another host.
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = options.Timeout })
        {
            Timeout = options.Timeout,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ssla", "1"));
    }

    /// <summary>The time-out and retry bounds.</summary>
    public ProfileHttpOptions Options { get; }

    /// <summary>Sends the request <paramref name="make"/> builds (again for each retry); <paramref name="what"/> names it in errors.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> make, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = make();
                response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ProfileServiceException($"{what}: no answer within {Options.Timeout.TotalSeconds:0.#} s", e);
            }
            catch (HttpRequestException e)
            {
                throw new ProfileServiceException($"{what}: could not connect ({e.Message})", e);
            }
            if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;
            var wait = RetryAfter(response);
            response.Dispose();
            if (attempt >= Options.MaxRetries)
                throw new ProfileServiceException($"{what}: still rate-limited (429) after {Options.MaxRetries} waits; try again later");
            if (wait > Options.MaxRetryWait)
                throw new ProfileServiceException($"{what}: rate-limited (429); the server asks to wait {wait.TotalSeconds:0} s, more than {Options.MaxRetryWait.TotalSeconds:0} s; try again later");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How long a 429 asks to wait: Retry-After (seconds or a date), else <c>ratelimit-reset</c> (Unix seconds), else 5 s.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var at = now ?? DateTimeOffset.UtcNow;
        if (response.Headers.RetryAfter is { } retry)
        {
            if (retry.Delta is { } delta) return Clamp(delta);
            if (retry.Date is { } date) return Clamp(date - at);
        }
        if (response.Headers.TryGetValues("ratelimit-reset", out var values) && long.TryParse(values.FirstOrDefault(), out var reset))
            return Clamp(DateTimeOffset.FromUnixTimeSeconds(reset) - at);
        return TimeSpan.FromSeconds(5);

        static TimeSpan Clamp(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
