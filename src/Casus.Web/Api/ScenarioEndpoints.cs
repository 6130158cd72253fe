using System.Text.Json;
using Casus.Core;
using Casus.Core.Scenarios;
using Casus.Present.Briefs;
using Casus.Present.Json;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Api;

/// <summary>Scenarios (POST a body or GET a permalink query) and briefs of them as HTML or Markdown.</summary>
internal static class ScenarioEndpoints
{
    private static readonly JsonSerializerOptions BodyJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("scenario");
        api.MapPost("/scenario", Post).Accepts<ScenarioRequest>("application/json")
            .WithSummary("Verdicts for every actor tied to either side (the scenario JSON contract); limit keeps the first N and reports how many were omitted; "
                + "known_by judges only on articles published by that date (and is the as_of when that is absent).").ProducesProblem(400);
        api.MapGet("/scenario", Get).WithSummary("The same as POST, from query parameters: target, against, joins, as_of, known_by, limit.").ProducesProblem(400);
        api.MapGet("/brief", Brief).WithSummary("The scenario as a self-contained HTML page (format=html) or Markdown (format=md); limit keeps the top N actors; known_by as for /api/scenario.").ProducesProblem(400);
    }

    private static async Task<IResult> Post(HttpRequest request, ICasusBackend backend, ScenarioCache cache)
    {
        ScenarioRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ScenarioRequest>(request.Body, BodyJson, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new InputException($"request body: not a scenario JSON object ({e.Message.Split('.')[0]})");
        }
        if (body is null) throw new InputException("request body: missing (send {\"target\", \"attackers\", \"joiners\", \"as_of\"})");
        var knownBy = Query.Date(body.KnownBy, "known_by");
        var scenario = Query.Scenario(backend, body.Target, body.Attackers ?? [], body.Joiners ?? [], body.AsOf, knownBy);
        return Contract(backend, cache, scenario, Query.Limit(body.Limit), knownBy);
    }

    private static IResult Get(ICasusBackend backend, ScenarioCache cache, string? target, string[]? against, string[]? joins, string? as_of, string? limit, string? known_by)
    {
        var knownBy = Query.Date(known_by, "known_by");
        var scenario = Query.Scenario(backend, target, against ?? [], joins ?? [], as_of, knownBy);
        return Contract(backend, cache, scenario, Query.Limit(limit), knownBy);
    }

    private static IResult Brief(ICasusBackend backend, string? target, string[]? against, string[]? joins, string? as_of, string? format, bool? download, string? limit, string? known_by)
    {
        var kind = (format ?? "html").Trim().ToLowerInvariant();
        if (kind is not ("html" or "md" or "markdown")) throw new InputException($"format: '{Query.Clip(format!)}' is not html or md");
        var knownBy = Query.Date(known_by, "known_by");
        // As `casus brief`: no scenario named is the question Casus was built for.
        if (string.IsNullOrWhiteSpace(target) && (against ?? []).Length == 0 && (joins ?? []).Length == 0)
            (target, against, joins) = (DefaultQuestion.Target, [.. DefaultQuestion.Attackers], [.. DefaultQuestion.Joiners]);
        var scenario = Query.Scenario(backend, target, against ?? [], joins ?? [], as_of, knownBy);
        var top = Query.Limit(limit);
        // Known-by: the brief's network and sources come from the same narrowed knowledge as its verdicts.
        var (result, kb, note) = knownBy is { } date && backend.RunScenario(scenario, date) is var run
            ? (run.Result, run.Knowledge, run.Note)
            : (backend.RunScenario(scenario), backend.Knowledge(scenario.AsOf), null);
        var name = $"casus-brief-{scenario.Target.Value}-{scenario.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "all"}";
        var (text, type, extension) = kind == "html"
            ? (BriefHtml.Render(result, kb, top, note, backend.DocumentName), "text/html; charset=utf-8", ".html")
            : (BriefMarkdown.Render(result, kb, top, note, backend.DocumentName), "text/markdown; charset=utf-8", ".md");
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return download == true ? Results.File(bytes, type, name + extension) : Results.Bytes(bytes, type);
    }

    /// <summary>No default limit: without one the answer is every verdict, byte for byte as before limits existed;
    /// likewise without <paramref name="knownBy"/> nothing about it is written.</summary>
    private static IResult Contract(ICasusBackend backend, ScenarioCache cache, Scenario scenario, int? limit, DateOnly? knownBy) =>
        Results.Bytes(cache.GetOrAdd(backend, scenario, limit, () =>
        {
            using var buffer = new MemoryStream();
            if (knownBy is { } date && backend.RunScenario(scenario, date) is var run)
                ScenarioJson.Write(run.Result, buffer, indented: false, limit, run.Note);
            else ScenarioJson.Write(backend.RunScenario(scenario), buffer, indented: false, limit);
            return buffer.ToArray();
        }, knownBy), "application/json; charset=utf-8");
}

/// <summary>POST /api/scenario body; names may be ids, names or aliases.</summary>
/// <param name="Limit">Keep the first N verdicts (a whole number ≥ 1, or a string of one); absent or null keeps all.
/// A JSON element, not an int, so that a huge number means "all" and a wrong type gets a clear 400.</param>
/// <param name="KnownBy">Judge only on articles published by this date (YYYY-MM-DD); absent: the whole record.</param>
public sealed record ScenarioRequest(string? Target, string[]? Attackers, string[]? Joiners, string? AsOf, JsonElement? Limit = null, string? KnownBy = null);
