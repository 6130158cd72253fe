using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Json;
using Casus.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Casus.Web.Api;

/// <summary>Read endpoints over the network: actors, one actor, its ties as of a date, the evidence between two.</summary>
internal static class ActorEndpoints
{
    /// <summary>Search answers are for a picker, not a dump.</summary>
    private const int MaxMatches = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("network");
        api.MapGet("/info", Info).WithSummary("Data version, counts and the date range of the stored claims.");
        api.MapGet("/actors", Search).WithSummary("Actors whose id, name or alias contains q; actors with ties first.");
        api.MapGet("/actors/{id}", One).WithSummary("One actor by id, name or alias, with its tie count and states.")
            .ProducesProblem(404);
        api.MapGet("/ties/{actor}", Ties).WithSummary("An actor's ties as of a date, and the network around it; limit=N keeps its N strongest partners.").ProducesProblem(400);
        api.MapGet("/evidence", Evidence).WithSummary("Every claim between actors a and b, both directions, with its sentence.").ProducesProblem(400);
    }

    private static IResult Info(ICasusBackend backend, WriteGuard guard, InfoCache cache)
    {
        var counts = cache.Get(backend);
        return Results.Ok(new
        {
            DataVersion = backend.DataVersion,
            StoredDataVersion = backend.StoredDataVersion,
            // The stored articles were read under another lexicon: `casus refresh` re-reads them.
            DataBehind = backend.StoredDataVersion != backend.DataVersion,
            counts.Actors,
            counts.TieClaims,
            counts.StateClaims,
            counts.FirstDate,
            counts.LastDate,
            WritesNeedToken = guard.TokenRequired,
        });
    }

    private static IResult Search(ICasusBackend backend, string? q)
    {
        var kb = backend.Knowledge(null);
        var needle = (q ?? "").Trim();
        // What the command line accepts is found here too: a spokesperson ("Putin") names the actor he speaks for.
        var resolved = needle.Length > 0 ? TryResolve(backend, needle) : null;
        var matches = kb.Actors
            .Select(a => (Actor: a, Rank: a.Id == resolved?.Id ? 0 : Rank(a, needle), Ties: kb.ClaimsOf(a.Id).Count))
            .Where(m => m.Rank >= 0 && (needle.Length > 0 || m.Ties > 0))
            .OrderBy(m => m.Rank).ThenByDescending(m => m.Ties).ThenBy(m => m.Actor.Name, StringComparer.Ordinal)
            .Take(MaxMatches)
            .Select(m => Summary(m.Actor, m.Ties));
        return Results.Ok(matches);
    }

    private static IResult One(ICasusBackend backend, string id)
    {
        Actor actor;
        try
        {
            actor = backend.ResolveActor(id);
        }
        catch (InputException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown actor", detail: e.Message);
        }
        var kb = backend.Knowledge(null);
        return Results.Ok(new
        {
            Actor = Summary(actor, kb.ClaimsOf(actor.Id).Count),
            actor.Aliases,
            PartOf = actor.PartOf.Select(p => new { Id = p.Value, Name = kb.NameOf(p) }),
            Ties = kb.TiesOf(actor.Id).Count,
            States = kb.StatesOf(actor.Id).Select(s => new { Kind = s.Kind.ToSnake(), Modality = s.Modality.ToSnake(), s.Quantity, s.Evidence.Date }),
        });
    }

    /// <param name="limit">Only the actor's N strongest partners and the network among them (<see cref="Casus.Present.TiesLimit"/>).</param>
    private static IResult Ties(ICasusBackend backend, string actor, string? as_of, string? limit)
    {
        var asOf = Query.Date(as_of, "as_of");
        var keep = Query.Limit(limit, "partner");
        var id = backend.ResolveActor(actor).Id;
        // The backend's view as of the date (kept per date), which TiesJson does not narrow again.
        var kb = backend.Knowledge(asOf);
        return JsonBytes.From(s => TiesJson.Write(kb, id, asOf, s, indented: false, limit: keep));
    }

    private static IResult Evidence(ICasusBackend backend, string? a, string? b, string? as_of)
    {
        var first = backend.ResolveActor(Query.Required(a, "a")).Id;
        var second = backend.ResolveActor(Query.Required(b, "b")).Id;
        var kb = backend.Knowledge(Query.Date(as_of, "as_of"));
        return JsonBytes.From(s => TiesJson.WriteBetween(kb, first, second, s));
    }

    /// <summary>0 exact id/name/alias, 1 prefix, 2 substring, -1 no match; everything matches an empty query.</summary>
    private static Actor? TryResolve(ICasusBackend backend, string needle)
    {
        try
        {
            return backend.ResolveActor(needle);
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static int Rank(Actor actor, string needle)
    {
        if (needle.Length == 0) return 2;
        var names = actor.Aliases.Prepend(actor.Name).Prepend(actor.Id.Value).ToList();
        if (names.Any(n => n.Equals(needle, StringComparison.OrdinalIgnoreCase))) return 0;
        if (names.Any(n => n.StartsWith(needle, StringComparison.OrdinalIgnoreCase))) return 1;
        return names.Any(n => n.Contains(needle, StringComparison.OrdinalIgnoreCase)) ? 2 : -1;
    }

    private static object Summary(Actor actor, int claims) => new
    {
        Id = actor.Id.Value,
        actor.Name,
        Kind = Snake.Of(actor.Kind.ToString()),
        Claims = claims,
    };
}
