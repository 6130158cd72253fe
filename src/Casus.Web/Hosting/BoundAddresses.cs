using System.Net;

namespace Casus.Web.Hosting;

/// <summary>
/// The addresses the server really listens on. <c>--urls</c> is only a request: Kestrel
/// configuration (<c>Kestrel__Endpoints__NAME__Url</c> in the environment) can bind elsewhere,
/// so the token rule and the Host check ask the running server, and fall back to the options
/// only before it has started (or when a test builds a guard by hand).
/// </summary>
public sealed class BoundAddresses(ServerOptions options, Func<IEnumerable<string>>? actual = null)
{
    public IReadOnlyList<string> Urls
    {
        get
        {
            var bound = actual?.Invoke()?.ToList();
            return bound is { Count: > 0 } ? bound
                : options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    /// <summary>True when every bound URL is a loopback address; "localhost" counts, "0.0.0.0", "*" and "+" do not.</summary>
    public bool LoopbackOnly => Urls.All(IsLoopbackUrl);

    /// <summary>
    /// DNS rebinding defence: a server on loopback only answers requests that name it by a loopback
    /// name or address (or a host its URLs name). A page at attacker.example resolved to 127.0.0.1
    /// sends "Host: attacker.example" and is refused. A server bound beyond loopback is reached
    /// under names it cannot know, and guards its writes with a token instead.
    /// </summary>
    public bool HostAllowed(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader)) return true; // HTTP/1.0 without Host: no browser sends that
        if (!LoopbackOnly) return true;
        var host = HostName(hostHeader);
        if (IsLoopbackName(host)) return true;
        return Urls.Any(u => string.Equals(HostName(Authority(u)), host, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsLoopbackUrl(string url) => IsLoopbackName(HostName(Authority(url)));

    private static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        // RFC 6761: browsers resolve *.localhost to loopback themselves, so no one can rebind it.
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    private static string Authority(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    /// <summary>"host:port", "[::1]:port" or "host" → the host alone (brackets removed).</summary>
    private static string HostName(string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? authority : authority[1..close];
        }
        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? authority : authority[..colon]).TrimEnd('.');
    }
}
