using Casus.Core.Actors;
using Casus.Core.Data;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Evaluation.Plover;

/// <summary>
/// Turns a gold record's coded actors into Casus ids. A coded actor may name up to two: the
/// state of its CAMEO country code (ISO3 ids, or the CAMEO column of <c>country-codes.tsv</c>:
/// the records also use older codes) and the actor its own words name in Casus's lexicon
/// ("Hamas" is coded PSE; "Tokyo" is JAP). Codes that name no state (IGO, NGO, ...) rely on the words.
/// </summary>
public sealed class PloverActorResolver
{
    private readonly ActorLexicon _lexicon;
    private readonly AliasSpotter _spotter;
    private readonly Dictionary<string, ActorId> _codes = new(StringComparer.OrdinalIgnoreCase);

    public PloverActorResolver(ActorLexicon lexicon, AliasSpotter spotter, string countryCodesTsv)
    {
        _lexicon = lexicon;
        _spotter = spotter;
        foreach (var actor in lexicon.Actors)
            if (actor.Kind == ActorKind.State) _codes.TryAdd(actor.Id.Value, actor.Id);
        foreach (var row in TsvRow.Read("country-codes.tsv", countryCodesTsv, 1, 4))
        {
            var iso3 = new ActorId(row.Cell(0));
            if (row.Cell(3).Length > 0 && lexicon.Find(iso3) is not null) _codes.TryAdd(row.Cell(3), iso3);
        }
    }

    public IReadOnlySet<ActorId> Resolve(IEnumerable<PloverActor> actors, DateOnly? date)
    {
        var ids = new HashSet<ActorId>();
        foreach (var actor in actors)
        {
            var code = actor.Code.Trim();
            if (code.Length >= 3 && _codes.TryGetValue(code[..3], out var state)) ids.Add(state);
            if (_lexicon.Resolve(actor.Text, date) is { } named) { ids.Add(named.Id); continue; }
            // "Senior Hungarian officials": the first name the spotter finds in the words.
            foreach (var hit in _spotter.Spot(actor.Text))
            {
                var form = _lexicon.SurfaceForms[hit.Form];
                var id = form.Actor ?? _lexicon.SpeakerFor(form.People, date)?.SpeaksFor;
                if (id is { } found) { ids.Add(found); break; }
            }
        }
        return ids;
    }
}
