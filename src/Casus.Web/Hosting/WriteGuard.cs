using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Casus.Web.Hosting;

/// <summary>
/// Who may write. With a token configured, writes need <c>Authorization: Bearer TOKEN</c> (401
/// without one, 403 with a wrong one). Without a token, writes are open only on loopback: a server
/// bound to the network refuses them (403) rather than let anyone fill the database.
/// </summary>
public sealed class WriteGuard(ServerOptions options)
{
    private readonly byte[]? _token = options.EffectiveToken is { } t ? Encoding.UTF8.GetBytes(t) : null;

    public bool TokenRequired => _token is not null || !options.LoopbackOnly;

    /// <summary>Null when the request may write, else the problem to answer with.</summary>
    public IResult? Check(HttpRequest request)
    {
        if (_token is null)
        {
            return options.LoopbackOnly ? null : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes disabled",
                detail: "This server listens beyond loopback without a token; restart it with --token or CASUS_TOKEN to allow writes.");
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
