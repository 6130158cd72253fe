using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Casus.Web.Hosting;

/// <summary>
/// Who may write. With a token configured, writes need <c>Authorization: Bearer TOKEN</c> (401
/// without one, 403 with a wrong one). Without a token, writes are open only on loopback, decided
/// from the addresses the server really bound (<see cref="BoundAddresses"/>): a server bound to the
/// network refuses them (403) rather than let anyone fill the database. On loopback without a
/// token a write must also declare a content type a cross-site form or simple fetch cannot send
/// (not text/plain, a form type or none), so a page on another origin cannot write either.
/// </summary>
public sealed class WriteGuard(ServerOptions options, BoundAddresses bound)
{
    public WriteGuard(ServerOptions options) : this(options, new BoundAddresses(options)) { }

    private readonly byte[]? _token = options.EffectiveToken is { } t ? Encoding.UTF8.GetBytes(t) : null;

    /// <summary>The content types a browser sends across origins without asking first (the CORS safelist).</summary>
    private static readonly string[] SimpleTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    public bool TokenRequired => _token is not null || !bound.LoopbackOnly;

    /// <summary>Null when the request may write, else the problem to answer with.</summary>
    public IResult? Check(HttpRequest request)
    {
        if (_token is null)
        {
            if (!bound.LoopbackOnly)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes disabled",
                    detail: "This server listens beyond loopback without a token; restart it with --token or CASUS_TOKEN to allow writes.");
            }
            var type = (request.ContentType ?? "").Split(';')[0].Trim();
            return type.Length > 0 && !SimpleTypes.Contains(type, StringComparer.OrdinalIgnoreCase) ? null
                : Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Content type required",
                    detail: $"Without a token, send the article with a Content-Type such as text/html, text/markdown (plain text) or application/rss+xml, not '{(type.Length == 0 ? "none" : type)}' (a web page on another site can send that one).");
        }
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Token required",
                detail: "This endpoint needs 'Authorization: Bearer <token>'.");
        }
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, _token) ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong token", detail: "The bearer token is not valid for this server.");
    }
}
