using Microsoft.AspNetCore.Http;

namespace Casus.Web.Hosting;

/// <summary>
/// Cross-site request defences in front of every endpoint: a Host the server does not answer to
/// (DNS rebinding) is refused for reads and writes alike; a request that can change or compute
/// something (any method but GET/HEAD/OPTIONS) from another origin is refused when the browser says
/// so (Origin, Sec-Fetch-Site). Browsers without those headers are held by <see cref="WriteGuard"/>'s
/// content-type rule: a page cannot send a non-form content type across origins without a preflight
/// this server never grants.
/// </summary>
internal static class RequestOrigin
{
    public static async Task Check(HttpContext context, Func<Task> next)
    {
        var bound = context.RequestServices.GetService(typeof(BoundAddresses)) as BoundAddresses;
        var request = context.Request;
        if (bound is not null && !bound.HostAllowed(request.Headers.Host.ToString()))
        {
            await ErrorHandling.Write(context, StatusCodes.Status421MisdirectedRequest, "Unknown host",
                "This server listens on loopback and answers only to localhost or a loopback address.");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && CrossOrigin(request) is { } why)
        {
            await ErrorHandling.Write(context, StatusCodes.Status403Forbidden, "Cross-origin request", why);
            return;
        }
        await next();
    }

    /// <summary>Null when the request comes from this server's own pages (or from a non-browser client).</summary>
    private static string? CrossOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return $"A page on another site ({site}) may not send this request.";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return null;
        var own = request.Scheme + "://" + request.Host.Value;
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null
            : $"Origin '{Clip(origin)}' is not this server; only its own pages may send this request.";
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
