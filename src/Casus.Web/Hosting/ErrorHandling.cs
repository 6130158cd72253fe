using Casus.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casus.Web.Hosting;

/// <summary>
/// Every error leaves as RFC 9457 problem details: bad input is a 4xx naming the input,
/// anything else a 500 with a generic message (the exception goes to the log, never the client).
/// </summary>
internal static class ErrorHandling
{
    public static void Configure(IApplicationBuilder errors) => errors.Run(async context =>
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = error switch
        {
            InputException input => (StatusCodes.Status400BadRequest, "Bad input", input.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "Request body too large", "The request body exceeds the server's limit."),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", "The request could not be read."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Cancelled", "The request was cancelled."),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server failed to answer this request; the error is in its log."),
        };
        var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Casus.Web");
        if (status >= 500) log.LogError(error, "Unhandled error on {Path}", context.Request.Path);
        else if (status != 499)
            log.LogWarning("{Status} {Method} {Path}: {Detail}", status, context.Request.Method, context.Request.Path, detail.ReplaceLineEndings(" "));
        await Write(context, status, title, detail);
    });

    /// <summary>Bodiless 4xx answers (unknown route, wrong method, timeout) get problem details too.</summary>
    public static Task StatusCodePage(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var detail = code switch
        {
            404 => $"No endpoint or page at '{context.Request.Path}'.",
            405 => $"'{context.Request.Method}' is not allowed on '{context.Request.Path}'.",
            413 => "The request body exceeds the server's limit.",
            415 => "This endpoint does not take the request's Content-Type (see /openapi/v1.json for the ones it does).",
            503 => "The request took too long and was stopped.",
            _ => "The request failed.",
        };
        return Write(context, code, null, detail);
    }

    public static Task Write(HttpContext context, int status, string? title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
