using Casus.Core;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Api;

/// <summary>POST /api/documents: one raw article (text or HTML) in the body, ingested like a file.</summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents", Ingest).WithTags("documents")
            .Accepts<string>("text/markdown", "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "text/plain")
            .WithSummary("Ingest one document from the raw body; ?name= labels its origin. Needs a bearer token off loopback or when one is set; "
                + "without a token send plain text as text/markdown (text/plain and form types are refused, since a page on another site can send them).")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413);
    }

    private static async Task<IResult> Ingest(HttpContext context, ICasusBackend backend, WriteGuard guard, ServerOptions options, string? name)
    {
        if (guard.Check(context.Request) is { } refused)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return refused;
        }
        // Refuse early when the client declares a body over the cap; Kestrel stops undeclared ones mid-read.
        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                detail: $"The body is {context.Request.ContentLength} bytes; this server accepts at most {options.MaxBodyBytes}.");
        }
        var bytes = await ReadBody(context);
        if (bytes.Length == 0) throw new InputException("request body: empty (send the article's text or HTML)");
        var origin = "upload:" + (string.IsNullOrWhiteSpace(name) ? DateTime.UtcNow.ToString("yyyyMMddTHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) : Query.Clip(name.Trim()));
        var items = backend.Ingest(origin, bytes, context.Request.ContentType);
        var status = items.Any(i => i.Status == "added") ? StatusCodes.Status201Created
            : items.All(i => i.Status == "failed") ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status200OK;
        return Results.Json(new { Items = items }, statusCode: status);
    }

    private static async Task<byte[]> ReadBody(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}
