namespace Casus.Web.Hosting;

/// <param name="Urls">Where to listen; loopback by default so nothing is exposed by accident.</param>
/// <param name="Token">Bearer token for write endpoints; null → <c>CASUS_TOKEN</c>.</param>
/// <param name="MaxBodyBytes">Largest request body accepted (an article is rarely over 200 kB).</param>
/// <param name="RequestTimeout">Longest a request may run before it is answered 503.</param>
/// <param name="ScenarioCacheSize">Scenario answers kept until the knowledge changes; 0 disables.</param>
public sealed record ServerOptions(
    string Urls = ServerOptions.DefaultUrls,
    string? Token = null,
    long MaxBodyBytes = 2 * 1024 * 1024,
    TimeSpan? RequestTimeout = null,
    int ScenarioCacheSize = 256)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public TimeSpan Timeout => RequestTimeout ?? TimeSpan.FromSeconds(30);

    /// <summary><c>CASUS_SCENARIO_CACHE=0</c> overrides the size (the load benchmark runs with and without it).</summary>
    public int EffectiveScenarioCacheSize =>
        int.TryParse(Environment.GetEnvironmentVariable("CASUS_SCENARIO_CACHE"), out var size) ? size : ScenarioCacheSize;

    public string? EffectiveToken =>
        !string.IsNullOrEmpty(Token) ? Token
        : Environment.GetEnvironmentVariable("CASUS_TOKEN") is { Length: > 0 } env ? env : null;

    /// <summary>True when every URL asked for is a loopback address (what Kestrel really bound: <see cref="BoundAddresses"/>).</summary>
    public bool LoopbackOnly => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(BoundAddresses.IsLoopbackUrl);
}
