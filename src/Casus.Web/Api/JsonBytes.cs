using Microsoft.AspNetCore.Http;

namespace Casus.Web.Api;

/// <summary>
/// The Present writers are synchronous; Kestrel forbids synchronous body writes, so they write to
/// memory and the bytes go out in one asynchronous write.
/// </summary>
internal static class JsonBytes
{
    public static IResult From(Action<Stream> write, string contentType = "application/json; charset=utf-8")
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Results.Bytes(buffer.ToArray(), contentType);
    }

    public static IResult FromText(Action<TextWriter> write, string contentType, string? downloadName = null)
    {
        // A StreamWriter, not a StringWriter: XML writers declare the writer's encoding, and it must say UTF-8.
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true)) write(writer);
        return Results.File(buffer.ToArray(), contentType, downloadName);
    }
}
