using Casus.Web.Api;
using Casus.Web.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
        // ErrorHandling answers every exception and logs it itself: one line for a request the client got wrong,
        // the trace only for a server fault; the middleware's own "fail" line would fire for a 400 (a mistyped actor).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        // A failed start (port in use, bad address) is reported by the caller in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddSingleton(backend);
        builder.Services.AddSingleton(options);
        // The token rule and the Host check follow what Kestrel really bound (configuration can override --urls).
        builder.Services.AddSingleton(services => new BoundAddresses(options,
            () => services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []));
        builder.Services.AddSingleton(services => new WriteGuard(options, services.GetRequiredService<BoundAddresses>()));
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
        app.Use(RequestOrigin.Check);
        app.UseRequestTimeouts();
        app.MapOpenApi();
        ActorEndpoints.Map(app);
        ScenarioEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        ExportEndpoints.Map(app);
        WorkbenchEndpoints.Map(app);
        EmbeddedAssets.Map(app);
        return app;
    }
}
