using System.Net;
using System.Text.Json;

namespace Casus.Web.Tests.Support;

internal static class Http
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A problem-details answer with the status, a detail mentioning <paramref name="detailPart"/>, and no stack trace.</summary>
    public static async Task Problem(this HttpResponseMessage response, HttpStatusCode expected, string detailPart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? "";
        Assert.Contains(detailPart, detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
