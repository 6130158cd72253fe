using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace Casus.Ingest.Web;

/// <summary>
/// Fetches an explicit user URL (the only network access Casus makes): http(s) only, a whole-request
/// timeout, a body cap enforced while streaming (the download stops at the cap), redirects followed by
/// hand so each hop is checked and counted. Every failure is one <see cref="Core.InputException"/> line.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly IngestOptions options;
    private readonly HttpClient client;

    public UrlFetcher(IngestOptions? options = null, HttpMessageHandler? handler = null)
    {
        this.options = options ?? IngestOptions.Default;
        client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>"Casus/&lt;version&gt; (+https://github.com/casus)".</summary>
    public static string UserAgent { get; } = $"Casus/{Version()} (+https://github.com/casus)";

    public static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public InputSource Fetch(string url) => FetchAsync(url, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<InputSource> FetchAsync(string url, CancellationToken cancellation)
    {
        if (!IsUrl(url)) throw InputFailure.Because(url, "not an http(s) URL");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.FetchTimeout);
        try
        {
            return await FetchFollowingRedirects(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw InputFailure.Because(url, $"timed out after {options.FetchTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw InputFailure.Because(url, $"cannot fetch ({e.HttpRequestError}: {e.Message})");
        }
    }

    private async Task<InputSource> FetchFollowingRedirects(string url, CancellationToken token)
    {
        var current = new Uri(url);
        for (var hop = 0; ; hop++)
        {
            using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (hop >= options.MaxRedirects) throw InputFailure.Because(url, $"too many redirects (more than {options.MaxRedirects})");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!IsUrl(current.ToString())) throw InputFailure.Because(url, $"redirected to a non-http(s) URL ({current.Scheme})");
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw InputFailure.Because(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var body = await ReadCapped(url, response, token).ConfigureAwait(false);
            return new InputSource(url, body, response.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<byte[]> ReadCapped(string url, HttpResponseMessage response, CancellationToken token)
    {
        var cap = options.MaxDownloadBytes;
        if (response.Content.Headers.ContentLength > cap) throw TooLarge(url, cap);
        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap) throw TooLarge(url, cap);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Core.InputException TooLarge(string url, long cap) =>
        InputFailure.Because(url, $"response larger than the {InputFailure.Megabytes(cap)} download limit");

    private static bool IsRedirect(HttpStatusCode code) => (int)code is 301 or 302 or 303 or 307 or 308;

    private static string Version()
    {
        var info = typeof(UrlFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? info : info[..plus];
    }

    public void Dispose() => client.Dispose();
}
