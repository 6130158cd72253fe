using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Assets;

/// <summary>
/// Serves the pages, scripts and vendored libraries compiled into this assembly (resources named
/// <c>casus-web/PATH</c>), so the server needs no content folder and no npm at run time.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "casus-web/";

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext context, string path) => Serve(context, path)).ExcludeFromDescription();
    }

    public static IReadOnlyCollection<string> Paths => All.Value.Keys;

    private static IResult Serve(HttpContext context, string path)
    {
        if (!All.Value.TryGetValue(path, out var asset))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No endpoint or page at '/{Api.Query.Clip(path)}'.");
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
            assets[name[Prefix.Length..].Replace('\\', '/')] = new Asset(bytes, ContentType(name), etag);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".json" => "application/json",
        _ => "text/plain; charset=utf-8",
    };
}
