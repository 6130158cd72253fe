using Casus.Core.Actors;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>Alias hits of a whole document turned into actors: people resolve to the actor they
/// speak for on the document's date; an ambiguous alias (<c>~</c>) counts only when the
/// document also names the same actor unambiguously.</summary>
internal static class ActorHits
{
    public static List<ActorHit> Resolve(AliasSpotter spotter, ActorLexicon lexicon, string text, DateOnly? date)
    {
        var raw = new List<AliasHit>();
        spotter.Spot(text, raw);
        var forms = lexicon.SurfaceForms;
        var result = new List<ActorHit>(raw.Count);
        HashSet<ActorId>? sure = null;
        foreach (var hit in raw)
        {
            var form = forms[hit.Form];
            if (form.Actor is { } actor)
            {
                if (form.Ambiguous) { sure ??= Sure(raw, forms); if (!sure.Contains(actor)) continue; }
                result.Add(new ActorHit(hit.Start, hit.End, actor, null));
            }
            else if (lexicon.SpeakerFor(form.People, date) is { } person)
            {
                result.Add(new ActorHit(hit.Start, hit.End, person.SpeaksFor, person.Name));
            }
        }
        OfficeSpans.Widen(result, text, lexicon);
        NamedOfficials.Add(result, text, lexicon);
        return result;
    }

    private static HashSet<ActorId> Sure(List<AliasHit> hits, IReadOnlyList<SurfaceForm> forms)
    {
        var sure = new HashSet<ActorId>();
        foreach (var hit in hits)
            if (forms[hit.Form] is { Actor: { } actor, Ambiguous: false }) sure.Add(actor);
        return sure;
    }
}
