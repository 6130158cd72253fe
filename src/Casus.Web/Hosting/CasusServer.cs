using Casus.Web.Api;
using Casus.Web.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Casus.Web.Hosting;

/// <summary>
/// Builds the Casus web server: JSON API under <c>/api</c>, OpenAPI at <c>/openapi/v1.json</c>,
/// the explorer and scenario pages from embedded assets. The host (<c>casus serve</c>) runs it.
/// </summary>
public static partial class CasusServer
{
    public static WebApplication Build(ICasusBackend backend, ServerOptions options)
    {
        // Production on purpose: the developer exception page would print stack traces.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(CasusServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The framework's exception middleware logs every exception with its stack trace, a mistyped actor included;
        // ErrorHandling logs instead: one line for a request the client got wrong, the trace only for a server fault.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddSingleton(backend);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WriteGuard(options));
        builder.Services.AddSingleton(new ScenarioCache(options.EffectiveScenarioCacheSize));
        builder.Services.AddSingleton(new InfoCache());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Casus API";
            doc.Info.Description = "Alliance networks from news articles, and who helps whom in a scenario.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.Timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });

        var app = builder.Build();
        app.UseExceptionHandler(ErrorHandling.Configure);
        app.UseStatusCodePages(ErrorHandling.StatusCodePage);
        app.Use(SecurityHeaders.Add);
        app.UseRequestTimeouts();
        app.MapOpenApi();
        ActorEndpoints.Map(app);
        ScenarioEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        ExportEndpoints.Map(app);
        EmbeddedAssets.Map(app);
        return app;
    }
}
