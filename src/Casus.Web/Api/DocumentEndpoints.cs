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
            // One Accepts: a second would replace the first, and the route would then refuse the raw types (415).
            .Accepts<string>("text/markdown", "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "text/plain", "application/json")
            .WithSummary("Ingest one document from the raw body; ?name= labels its origin. A JSON body {\"url\"} fetches that page, {\"text\", \"content_type\", \"name\"} "
                + "carries the article (the explorer's 'Add an article' sends these). Needs a bearer token off loopback or when one is set; "
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
        var contentType = context.Request.ContentType;
        IReadOnlyList<IngestedDocument> items;
        if (DocumentRequest.IsJson(contentType))
        {
            var request = DocumentRequest.Parse(bytes);
            name = request.Name ?? name;
            if (request.Url is { } url) items = await backend.IngestUrl(url, context.RequestAborted);
            else
            {
                bytes = System.Text.Encoding.UTF8.GetBytes(request.Text!);
                contentType = request.ContentType ?? "text/plain";
                items = backend.Ingest(Origin(name), bytes, contentType);
            }
        }
        else items = backend.Ingest(Origin(name), bytes, contentType);
        var status = items.Any(i => i.Status == "added") ? StatusCodes.Status201Created
            : items.All(i => i.Status == "failed") ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status200OK;
        return Results.Json(new { Items = items }, statusCode: status);
    }

    private static string Origin(string? name) =>
        "upload:" + (string.IsNullOrWhiteSpace(name) ? DateTime.UtcNow.ToString("yyyyMMddTHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) : Query.Clip(name.Trim()));

    private static async Task<byte[]> ReadBody(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }
}
