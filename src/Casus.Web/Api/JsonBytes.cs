using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Casus.Web.Api;

/// <summary>
/// The Present writers are synchronous; Kestrel forbids synchronous body writes by default. They used
/// to write to memory first, so a hub's 33 MB network cost every concurrent client 60-100 MB (the
/// growing buffer and its copy) and 20 clients took the server to 5 GB. Now they write on a worker
/// thread straight to the response through a 64 kB buffer (synchronous I/O allowed for that request
/// only), so a response costs the buffer, whatever its size, and reaches the client as it is written.
/// </summary>
internal static class JsonBytes
{
    public const int BufferBytes = 64 * 1024;

    public static IResult From(Action<Stream> write, string contentType = "application/json; charset=utf-8") =>
        new Streamed(write, contentType, null);

    public static IResult FromText(Action<TextWriter> write, string contentType, string? downloadName = null) =>
        // A StreamWriter, not a StringWriter: XML writers declare the writer's encoding, and it must say UTF-8.
        new Streamed(stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), BufferBytes, leaveOpen: true);
            write(writer);
        }, contentType, downloadName);

    private sealed class Streamed(Action<Stream> write, string contentType, string? downloadName) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var response = context.Response;
            response.ContentType = contentType;
            if (downloadName is not null)
            {
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(downloadName);
                response.Headers.ContentDisposition = disposition.ToString();
            }
            if (context.Features.Get<IHttpBodyControlFeature>() is { } control) control.AllowSynchronousIO = true;
            await Task.Run(() =>
            {
                using var buffered = new BufferedStream(response.Body, BufferBytes);
                write(buffered);
                buffered.Flush();
            }, context.RequestAborted);
        }
    }
}
