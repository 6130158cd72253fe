using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Present.Json;
using Casus.Present.Workbench;
using Casus.Reason.Questions;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Api;

/// <summary>
/// The analyst's workbench: the readable picture around an actor (with filters), the dates claims
/// span, what changed between two dates, an actor's timeline and page, the claims of one document,
/// and what would change a verdict. Thin: every answer is a Present or Reason function's.
/// </summary>
internal static class WorkbenchEndpoints
{
    /// <summary>Past a few dozen labelled nodes a picture is unreadable; "show more" raises it.</summary>
    private const int DefaultPartners = 30;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("workbench");
        api.MapGet("/picture/{actor}", Picture).WithSummary(
            "The readable network around an actor: its `limit` (default 30) partners with the most claims, one edge per actor pair and relation family "
            + "(security, economic, political, hostile) weighted by claims, each partner's side (supporter, adversary, mixed) and community. "
            + "Filters: type (tie types or families, comma-separated), sign (+ or -), modality, outlet, from/to (claim dates), kind (partner kinds).").ProducesProblem(400);
        api.MapGet("/dates", Dates).WithSummary("Every date on which a claim was reported, starts or ends: the steps of the explorer's date slider.");
        api.MapGet("/outlets", Outlets).WithSummary("The outlets claims come from, with how many claims each, most first.");
        api.MapGet("/diff", Diff).WithSummary("Ties that appeared, ended, changed sign or modality between `from` and `to` (YYYY-MM-DD); `actor` keeps that actor's ties.").ProducesProblem(400);
        api.MapGet("/timeline/{actor}", Timeline).WithSummary("An actor's claims in date order (the newest 500), with the same filters as /api/picture.").ProducesProblem(400);
        api.MapGet("/profile/{actor}", Profile).WithSummary("An actor's page: aliases, people who speak for it, parts and members, states, and its ally table with sources.").ProducesProblem(400);
        api.MapGet("/documents/{id}/claims", DocumentClaims).WithSummary("Every claim extracted from one stored document.");
        api.MapGet("/question", Question).WithSummary(
            "Question one verdict: the scenario's parameters (as GET /api/scenario) and `actor`; the factors and cited sentences that move the actor's "
            + "expected level most (P without each), and the prior beside the verdict.").ProducesProblem(400);
    }

    private static ClaimFilter Filter(HttpRequest request)
    {
        string? Q(string name) => request.Query[name].ToString() is { Length: > 0 } v ? v : null;
        return ClaimFilter.Parse(Q("type"), Q("sign"), Q("modality"), Q("outlet"), Q("from"), Q("to"), Q("kind"));
    }

    private static IResult Picture(HttpRequest request, ICasusBackend backend, string actor, string? as_of, string? limit)
    {
        var asOf = Query.Date(as_of, "as_of");
        var keep = Query.Limit(limit, "partner") ?? DefaultPartners;
        var filter = Filter(request);
        var id = backend.ResolveActor(actor).Id;
        var kb = backend.Knowledge(asOf);
        var picture = NetworkPicture.Around(kb, id, filter, keep);
        return JsonBytes.From(s => WorkbenchJson.WritePicture(picture, kb, asOf, s));
    }

    private static IResult Dates(ICasusBackend backend) =>
        JsonBytes.From(s => WorkbenchJson.WriteDates(ClaimDates.Of(backend.Knowledge(null)), s));

    private static IResult Outlets(ICasusBackend backend) => Results.Ok(backend.Knowledge(null).Claims
        .Where(c => c.Evidence.Outlet is not null)
        .GroupBy(c => c.Evidence.Outlet!, StringComparer.Ordinal)
        .Select(g => new { Outlet = g.Key, Claims = g.Count() })
        .OrderByDescending(o => o.Claims).ThenBy(o => o.Outlet, StringComparer.Ordinal));

    private static IResult Diff(ICasusBackend backend, string? from, string? to, string? actor)
    {
        var start = Query.Date(Query.Required(from, "from"), "from")!.Value;
        var end = Query.Date(Query.Required(to, "to"), "to")!.Value;
        ActorId? who = string.IsNullOrWhiteSpace(actor) ? null : backend.ResolveActor(actor).Id;
        var kb = backend.Knowledge(null);
        var changes = TieDiff.Between(kb, start, end, who);
        return JsonBytes.From(s => WorkbenchJson.WriteDiff(changes, kb, start, end, who, s));
    }

    private static IResult Timeline(HttpRequest request, ICasusBackend backend, string actor, string? as_of)
    {
        var filter = Filter(request);
        var id = backend.ResolveActor(actor).Id;
        var kb = backend.Knowledge(Query.Date(as_of, "as_of"));
        return JsonBytes.From(s => WorkbenchJson.WriteTimeline(kb, id, filter, s));
    }

    private static IResult Profile(HttpRequest request, ICasusBackend backend, string actor, string? as_of)
    {
        var asOf = Query.Date(as_of, "as_of");
        var filter = Filter(request);
        var who = backend.ResolveActor(actor);
        var kb = backend.Knowledge(asOf);
        var rows = AllyTable.For(kb, who.Id, filter);
        return JsonBytes.From(s => WorkbenchJson.WriteProfile(kb, kb.Find(who.Id) ?? who, backend.PeopleOf(who.Id), rows, asOf, s));
    }

    private static IResult DocumentClaims(ICasusBackend backend, string id) =>
        JsonBytes.From(s => WorkbenchJson.WriteDocumentClaims(backend.Knowledge(null), id.Trim(), s));

    private static IResult Question(ICasusBackend backend, string? target, string[]? against, string[]? joins, string? as_of, string? known_by, string? actor)
    {
        var knownBy = Query.Date(known_by, "known_by");
        var scenario = Query.Scenario(backend, target, against ?? [], joins ?? [], as_of, knownBy);
        var who = backend.ResolveActor(Query.Required(actor, "actor"));
        var q = backend.Question(scenario, who.Id, knownBy);
        var expected = q.Expected();
        return Results.Ok(new
        {
            Actor = who.Id.Value,
            ActorName = who.Name,
            Probabilities = q.Probabilities,
            ExpectedLevel = expected,
            PAtLeast3 = q.Probabilities.Skip(3).Sum(),
            Prior = q.Prior,
            PriorExpectedLevel = VerdictQuestion.Expected(q.Prior),
            EvidenceShare = q.EvidenceShare,
            Factors = q.Factors.Select(f => new
            {
                f.Factor.Name,
                f.Factor.Effect,
                f.Factor.Explanation,
                Without = f.Without,
                ExpectedWithout = f.ExpectedWithout,
                PAtLeast3Without = f.Without.Skip(3).Sum(),
                Evidence = f.Factor.Evidence.Count,
            }),
            ClaimsCited = q.ClaimsCited,
            Claims = q.Claims.Select(c => new
            {
                c.Evidence.Sentence,
                Document = c.Evidence.DocumentId,
                c.Evidence.Outlet,
                Date = c.Evidence.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.Evidence.Url,
                c.Factors,
                c.ClaimsRemoved,
                Without = c.Without,
                ExpectedWithout = c.ExpectedWithout,
                PAtLeast3Without = c.Without.Skip(3).Sum(),
            }),
        });
    }
}
