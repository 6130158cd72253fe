using System.Text.Json;
using Casus.Core;

namespace Casus.Web.Api;

/// <summary>
/// POST /api/documents as JSON (what the explorer's "Add an article" sends: a JSON body is never a
/// "simple" cross-site form post): a URL to fetch, or the article's text or HTML with an optional
/// name and content type (a file read in the browser).
/// </summary>
public sealed record DocumentRequest(string? Url, string? Text, string? Name, string? ContentType)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    public static DocumentRequest Parse(byte[] body)
    {
        DocumentRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<DocumentRequest>(body, Options);
        }
        catch (JsonException e)
        {
            throw new InputException($"request body: not a document JSON object ({e.Message.Split('.')[0]})");
        }
        if (request is null) throw new InputException("request body: send {\"url\"} or {\"text\"}");
        var url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        var text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text;
        if ((url is null) == (text is null)) throw new InputException("request body: send exactly one of \"url\" and \"text\"");
        if (url is not null && !Casus.Ingest.Web.UrlFetcher.IsUrl(url)) throw new InputException($"url: '{Query.Clip(url)}' is not an http(s) URL");
        var type = string.IsNullOrWhiteSpace(request.ContentType) ? null : request.ContentType.Trim();
        if (type is not null && type is not ("text/plain" or "text/html" or "application/rss+xml" or "application/atom+xml" or "text/markdown" or "application/xml" or "text/xml"))
            throw new InputException($"content_type: '{Query.Clip(type)}' is not text/plain, text/html, text/markdown, application/rss+xml or application/atom+xml");
        return request with { Url = url, Text = text, ContentType = type, Name = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim() };
    }
}
